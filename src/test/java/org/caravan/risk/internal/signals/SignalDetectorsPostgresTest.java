package org.caravan.risk.internal.signals;

import org.caravan.support.PostgresAvailable;
import org.caravan.support.PostgresSchema;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The same on PostgreSQL, in a schema of its own (risk_signals_wt): the learned prices'
 * table and the filings read since an instant behave alike on both stores.
 */
@ActiveProfiles({"test", "postgres", "pgtest"})
@ExtendWith(PostgresAvailable.class)
@Import(PostgresSchema.class)
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=risk_signals_wt&reWriteBatchedInserts=true",
        "spring.flyway.schemas=risk_signals_wt"})
class SignalDetectorsPostgresTest extends SignalDetectorsTest {
}
