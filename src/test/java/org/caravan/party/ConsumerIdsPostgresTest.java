package org.caravan.party;

import org.caravan.support.PostgresAvailable;
import org.caravan.support.PostgresSchema;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/** Consumer ids on PostgreSQL, in a schema of its own (consumer_ids_wt). */
@ActiveProfiles({"test", "postgres", "pgtest"})
@ExtendWith(PostgresAvailable.class)
@Import(PostgresSchema.class)
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=consumer_ids_wt&reWriteBatchedInserts=true",
        "spring.flyway.schemas=consumer_ids_wt"})
class ConsumerIdsPostgresTest extends ConsumerIdScenarios {
}
