package org.caravan.risk.internal.learning;

import org.caravan.support.PostgresAvailable;
import org.caravan.support.PostgresSchema;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Model versions on PostgreSQL, in a schema of its own (risk_models_wt): the document as text,
 * promotion's two updates in one transaction, timestamps with their zone.
 */
@ActiveProfiles({"test", "postgres", "pgtest"})
@ExtendWith(PostgresAvailable.class)
@Import(PostgresSchema.class)
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=risk_models_wt&reWriteBatchedInserts=true",
        "spring.flyway.schemas=risk_models_wt"})
class RiskModelsApiPostgresTest extends RiskModelsApiTest {
}
