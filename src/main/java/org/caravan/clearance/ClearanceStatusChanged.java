package org.caravan.clearance;

import java.time.Instant;

/** A case moved on after its first decision: arrival, or an officer's result. */
public record ClearanceStatusChanged(String trackingNumber, String jurisdiction, ClearanceStatus status, Cause cause,
        Instant occurredAt) {

    public enum Cause {
        /** The courier reported the goods at the border office. */
        ARRIVED,
        /** An officer recorded the result of a physical inspection. */
        INSPECTION_RESULT,
        /** An officer recorded the result of a documentary check. */
        DOCUMENTARY_CHECK_RESULT
    }
}
