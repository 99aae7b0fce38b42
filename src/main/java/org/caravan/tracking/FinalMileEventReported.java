package org.caravan.tracking;

import java.time.Instant;
import java.util.UUID;

/**
 * A courier's final-mile report, recorded: published in the transaction that records it,
 * once per report (a repeated report publishes nothing), so the event publication registry
 * carries it to whoever delivers it on. {@code location} is null when the courier gave none.
 * No personal data: the tracking number and the courier's party id identify the parcel.
 */
public record FinalMileEventReported(String trackingNumber, UUID courierPartyId, FinalMileEventType type,
        Instant occurredAt, String location, Instant recordedAt) {

    /** The IFTSTA status code of the event. */
    public String statusCode() {
        return type.statusCode();
    }
}
