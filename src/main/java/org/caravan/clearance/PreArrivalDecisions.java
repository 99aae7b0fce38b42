package org.caravan.clearance;

import java.time.Instant;
import java.util.List;

/**
 * The pre-arrival decisions taken on a parcel, as they were taken. The consumer's timeline
 * begins with them; they are read from the decision itself, not copied per parcel.
 */
public interface PreArrivalDecisions {

    /** Filed at {@code filedAt}, decided for {@code jurisdiction} at {@code decidedAt} with {@code status}. */
    record Decided(String jurisdiction, Instant filedAt, Instant decidedAt, ClearanceStatus status) {
    }

    /** Oldest first; empty when nothing was decided, or when the entries were stored before decisions kept them. */
    List<Decided> of(String trackingNumber);
}
