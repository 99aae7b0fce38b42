package org.caravan.monitoring.internal;

import org.caravan.support.PostgresAvailable;
import org.caravan.support.PostgresSchema;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Compaction and the key table on PostgreSQL (READ COMMITTED), in a schema of its own
 * (monitoring_volume_compaction) so it never cleans the schema another test run is using.
 */
@ActiveProfiles({"test", "postgres", "pgtest"})
@ExtendWith(PostgresAvailable.class)
@Import(PostgresSchema.class)
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=monitoring_volume_compaction"
                + "&reWriteBatchedInserts=true",
        "spring.flyway.schemas=monitoring_volume_compaction"})
class RollupCompactionPostgresTest extends RollupCompactionScenario {
}
