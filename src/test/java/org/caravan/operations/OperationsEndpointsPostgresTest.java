package org.caravan.operations;

import org.caravan.support.PostgresAvailable;
import org.caravan.support.PostgresSchema;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The probes and metrics on PostgreSQL: readiness asks the database, the gauges' queries run
 * on it. In a schema of its own (ops_operations_endpoints).
 */
@ActiveProfiles({"test", "postgres", "pgtest"})
@ExtendWith(PostgresAvailable.class)
@Import(PostgresSchema.class)
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=ops_operations_endpoints&reWriteBatchedInserts=true",
        "spring.flyway.schemas=ops_operations_endpoints"})
class OperationsEndpointsPostgresTest extends OperationsEndpointsTest {
}
