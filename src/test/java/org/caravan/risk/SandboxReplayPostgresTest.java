package org.caravan.risk;

import org.caravan.support.PostgresAvailable;
import org.caravan.support.PostgresSchema;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/** The replay report on PostgreSQL; a context of its own, so its schema is cleaned for it. */
@ActiveProfiles({"test", "postgres", "pgtest"})
@ExtendWith(PostgresAvailable.class)
@Import(PostgresSchema.class)
@TestPropertySource(properties = "caravan.sandbox.minutes-per-inspection=30")
class SandboxReplayPostgresTest extends SandboxReplay {
}
