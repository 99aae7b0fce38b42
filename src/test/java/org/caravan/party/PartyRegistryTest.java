package org.caravan.party;

import org.springframework.test.context.ActiveProfiles;

/** Onboarding, credentials and revocation on the embedded default (H2). */
@ActiveProfiles("test")
class PartyRegistryTest extends PartyRegistry {
}
