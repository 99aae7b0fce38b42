package org.caravan.clearance;

import java.time.Instant;

/** A case moved on after its first decision: arrival, an officer's result, a release. */
public record ClearanceStatusChanged(String trackingNumber, String jurisdiction, ClearanceStatus status,
        String event, Instant occurredAt) {
}
