package org.caravan.common.audit;

import java.time.Instant;
import java.util.UUID;

/** A head another administration countersigned, as kept: the chain must go on containing it. */
public record Witness(UUID id, long seq, String hash, Instant headAt, String witness, String keyId, String receivedBy,
        Instant receivedAt) {
}
