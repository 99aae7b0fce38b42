package org.caravan.clearance.internal.model;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.caravan.reference.CountryCode;

/**
 * What a case knows of the filing it was opened for: whose consignment, on which manifest, where bound,
 * and the HS section of its most valuable item ({@code null} for cases opened before it was kept).
 */
public record CaseFiling(UUID consignmentId, String trackingNumber, UUID manifestId, UUID courierPartyId,
        Optional<String> platformCode, CountryCode jurisdiction, String category, String laneKey, Instant filedAt,
        String hsSection) {

    public CaseFiling(UUID consignmentId, String trackingNumber, UUID manifestId, UUID courierPartyId,
            Optional<String> platformCode, CountryCode jurisdiction, String category, String laneKey, Instant filedAt) {
        this(consignmentId, trackingNumber, manifestId, courierPartyId, platformCode, jurisdiction, category, laneKey,
                filedAt, null);
    }
}
