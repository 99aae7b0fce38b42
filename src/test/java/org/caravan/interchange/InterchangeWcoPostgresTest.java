package org.caravan.interchange;

import org.caravan.support.PostgresAvailable;
import org.caravan.support.PostgresSchema;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/** WCO DM declarations on PostgreSQL, in the EDIFACT tests' schema (interchange_wt), so they share its context. */
@ActiveProfiles({"test", "postgres", "pgtest"})
@ExtendWith(PostgresAvailable.class)
@Import(PostgresSchema.class)
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=interchange_wt&reWriteBatchedInserts=true",
        "spring.flyway.schemas=interchange_wt"})
class InterchangeWcoPostgresTest extends InterchangeWco {
}
