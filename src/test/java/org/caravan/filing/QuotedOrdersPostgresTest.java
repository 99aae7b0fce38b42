package org.caravan.filing;

import org.caravan.support.PostgresAvailable;
import org.caravan.support.PostgresSchema;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Quote, order and assessment agree on PostgreSQL, in a schema of its own (quotes_wt) so it
 * never cleans the schema another test run is using.
 */
@ActiveProfiles({"test", "postgres", "pgtest"})
@ExtendWith(PostgresAvailable.class)
@Import(PostgresSchema.class)
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=quotes_wt&reWriteBatchedInserts=true",
        "spring.flyway.schemas=quotes_wt"})
class QuotedOrdersPostgresTest extends QuotedOrders {
}
