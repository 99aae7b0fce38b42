package org.caravan.retention;

import org.caravan.support.PostgresAvailable;
import org.caravan.support.PostgresSchema;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/** Archiving closed cases on PostgreSQL, with tracking_event and case_event partitioned, in schema pgvolume_archive. */
@ActiveProfiles({"test", "postgres", "pgtest"})
@ExtendWith(PostgresAvailable.class)
@Import(PostgresSchema.class)
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=pgvolume_archive",
        "spring.flyway.schemas=pgvolume_archive"})
class ClosedCaseArchivePostgresTest extends ClosedCaseArchiveScenario {
}
