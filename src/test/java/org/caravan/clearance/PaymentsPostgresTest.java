package org.caravan.clearance;

import org.caravan.support.PostgresAvailable;
import org.caravan.support.PostgresSchema;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * E-payments, refunds and statements on PostgreSQL, in a schema of its own (payments_wt) so
 * it never cleans the schema another test run is using.
 */
@ActiveProfiles({"test", "postgres", "pgtest"})
@ExtendWith(PostgresAvailable.class)
@Import(PostgresSchema.class)
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=payments_wt&reWriteBatchedInserts=true",
        "spring.flyway.schemas=payments_wt"})
class PaymentsPostgresTest extends Payments {
}
