package org.caravan.clearance;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The pre-arrival decisions of one manifest's consignments, published once per batch
 * in the transaction that records them.
 */
public record ConsignmentsDecided(UUID manifestId, List<Decision> decisions) {

    public record Decision(String trackingNumber, String jurisdiction, ClearanceStatus status, Instant filedAt,
            Instant decidedAt) {
    }
}
