package org.caravan.party;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/** Key rotation on the embedded default (H2), in an in-memory database of its own. */
@ActiveProfiles("test")
@TestPropertySource(properties = {"caravan.security.token-lifetime=PT4S",
        "spring.datasource.url=jdbc:h2:mem:identity-keys;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class KeyRotationTest extends KeyRotation {
}
