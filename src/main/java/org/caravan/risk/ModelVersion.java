package org.caravan.risk;

import java.time.Instant;
import java.util.Optional;

import org.caravan.reference.CountryCode;

/**
 * One trained risk model: who trained it from which data, how it measured, and whether it
 * scores live traffic (PRODUCTION), waits for a decision (CANDIDATE) or was replaced (RETIRED).
 */
public record ModelVersion(String version, CountryCode jurisdiction, String kind, Instant createdAt, String createdBy,
        String trainingData, ModelMetrics metrics, Status status, Optional<Instant> promotedAt, Optional<String> promotedBy,
        Optional<String> promotionReason) {

    public enum Status {
        CANDIDATE, PRODUCTION, RETIRED
    }
}
