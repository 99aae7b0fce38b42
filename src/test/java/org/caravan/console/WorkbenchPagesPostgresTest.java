package org.caravan.console;

import org.caravan.support.PostgresAvailable;
import org.caravan.support.PostgresSchema;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/** The workbench pages and their queue queries on PostgreSQL, in a schema of their own (workbench_pages). */
@ActiveProfiles({"test", "postgres", "pgtest"})
@ExtendWith(PostgresAvailable.class)
@Import(PostgresSchema.class)
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=workbench_pages&reWriteBatchedInserts=true",
        "spring.flyway.schemas=workbench_pages"})
class WorkbenchPagesPostgresTest extends WorkbenchPages {
}
