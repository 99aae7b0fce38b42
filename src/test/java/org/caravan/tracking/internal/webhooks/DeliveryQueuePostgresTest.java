package org.caravan.tracking.internal.webhooks;

import org.caravan.support.PostgresAvailable;
import org.caravan.support.PostgresSchema;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/** The queue's rules on PostgreSQL, in the webhook tests' schema (webhooks_wt). */
@ActiveProfiles({"test", "postgres", "pgtest"})
@ExtendWith(PostgresAvailable.class)
@Import(PostgresSchema.class)
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=webhooks_wt&reWriteBatchedInserts=true",
        "spring.flyway.schemas=webhooks_wt"})
class DeliveryQueuePostgresTest extends DeliveryQueue {
}
