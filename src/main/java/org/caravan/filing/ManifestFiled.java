package org.caravan.filing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A courier's manifest was accepted, all its house consignments with it, and each has its
 * pre-arrival decision (see {@link ConsignmentsFiled}). Carries ids only: listeners read
 * the consignments through {@link FiledConsignments}.
 */
public record ManifestFiled(UUID manifestId, String manifestRef, UUID courierPartyId, String arrivalCountry,
        List<String> route, int consignments, Instant filedAt) {
}
