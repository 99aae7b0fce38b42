package org.caravan.party;

import org.caravan.support.PostgresAvailable;
import org.caravan.support.PostgresSchema;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/** Onboarding, credentials and revocation on PostgreSQL, in a schema of its own. */
@ActiveProfiles({"test", "postgres", "pgtest"})
@ExtendWith(PostgresAvailable.class)
@Import(PostgresSchema.class)
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=identity_parties&reWriteBatchedInserts=true",
        "spring.flyway.schemas=identity_parties"})
class PartyRegistryPostgresTest extends PartyRegistry {
}
