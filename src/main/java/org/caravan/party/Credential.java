package org.caravan.party;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One client secret of a party, known only by its hash; revoked ones stay listed. */
public record Credential(UUID id, UUID partyId, Instant createdAt, Optional<Instant> revokedAt) {

    public boolean live() {
        return revokedAt.isEmpty();
    }
}
