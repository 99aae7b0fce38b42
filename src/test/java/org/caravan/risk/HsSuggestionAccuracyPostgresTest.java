package org.caravan.risk;

import org.caravan.support.PostgresAvailable;
import org.caravan.support.PostgresSchema;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The same suggestions and figures on PostgreSQL, in a schema of its own (hs_suggest_wt):
 * the labelled descriptions and the nomenclature's joins read alike on both stores.
 */
@ActiveProfiles({"test", "postgres", "pgtest"})
@ExtendWith(PostgresAvailable.class)
@Import(PostgresSchema.class)
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=hs_suggest_wt&reWriteBatchedInserts=true",
        "spring.flyway.schemas=hs_suggest_wt"})
class HsSuggestionAccuracyPostgresTest extends HsSuggestionAccuracyTest {
}
