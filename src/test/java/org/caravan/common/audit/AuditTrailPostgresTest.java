package org.caravan.common.audit;

import org.caravan.support.PostgresAvailable;
import org.caravan.support.PostgresSchema;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/** The audit chain on PostgreSQL, in a schema of its own (audit_wt_chain). */
@ActiveProfiles({"test", "postgres", "pgtest"})
@ExtendWith(PostgresAvailable.class)
@Import(PostgresSchema.class)
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=audit_wt_chain&reWriteBatchedInserts=true",
        "spring.flyway.schemas=audit_wt_chain"})
class AuditTrailPostgresTest extends AuditTrailScenario {
}
