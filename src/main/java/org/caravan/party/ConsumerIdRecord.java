package org.caravan.party;

import java.time.Instant;
import java.util.Optional;

import org.caravan.reference.CountryCode;

/** A consumer id as its administration sees it; it holds nothing of the person's identity. */
public record ConsumerIdRecord(String consumerId, CountryCode country, Instant issuedAt,
        Optional<Instant> revokedAt, Optional<String> revocationReason, Optional<String> replacedBy) {

    public boolean revoked() {
        return revokedAt.isPresent();
    }
}
