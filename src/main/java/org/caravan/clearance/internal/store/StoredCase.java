package org.caravan.clearance.internal.store;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.caravan.clearance.ClearanceStatus;
import org.caravan.reference.CountryCode;
import org.caravan.reference.Money;
import org.caravan.risk.Lane;

/** A clearance case row. {@code riskReasons} and {@code assessment} are JSON documents. */
public record StoredCase(UUID id, UUID consignmentId, String trackingNumber, UUID manifestId, UUID courierPartyId,
        Optional<String> platformCode, CountryCode jurisdiction, ClearanceStatus status, Lane lane, int riskScore,
        String riskReasons, String assessment, Optional<Money> amountDue, String category, String laneKey,
        Instant filedAt, Instant decidedAt, Optional<Instant> arrivedAt, Optional<Instant> closedAt) {

    public StoredCase withStatus(ClearanceStatus next, Optional<Money> due, String newAssessment, Instant at) {
        return new StoredCase(id, consignmentId, trackingNumber, manifestId, courierPartyId, platformCode, jurisdiction,
                next, lane, riskScore, riskReasons, newAssessment, due, category, laneKey, filedAt, decidedAt, arrivedAt,
                next.isFinal() ? Optional.of(at) : closedAt);
    }

    public StoredCase arrived(Instant at, ClearanceStatus next) {
        return new StoredCase(id, consignmentId, trackingNumber, manifestId, courierPartyId, platformCode, jurisdiction,
                next, lane, riskScore, riskReasons, assessment, amountDue, category, laneKey, filedAt, decidedAt,
                Optional.of(at), next.isFinal() ? Optional.of(at) : closedAt);
    }
}
