package org.caravan.clearance.internal.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.caravan.clearance.ClearanceStatus;
import org.caravan.clearance.internal.model.Assessment;
import org.caravan.clearance.internal.model.CaseAction;
import org.caravan.reference.Money;
import org.caravan.risk.Lane;
import org.caravan.risk.RiskReason;
import org.caravan.risk.Selection;

/**
 * A consignment as its customs administration sees it, or redacted as the filing courier
 * and platform see it: the fields only customs see are absent for traders.
 */
record ConsignmentResponse(String trackingNumber, String status, List<String> jurisdictions, Declared consignment,
        List<Case> cases) {

    /** The house consignment as declared on the manifest, and what matching found. */
    record Declared(UUID manifestId, Optional<String> platformId, Optional<String> platformOrderRef, String destination,
            BigDecimal grossMassKg, Money declaredValue, List<Item> items, Consignee consignee,
            List<MatchSignalResponse> matchSignals, Instant filedAt, Optional<FilingSignature> filingSignature) {
    }

    /**
     * The signature the manifest was filed with, verified before it was stored; customs also
     * see the JWS itself, to check it again against the filer's key.
     */
    record FilingSignature(String kid, String alg, Instant verifiedAt, Optional<String> jws) {
    }

    record Item(String description, String hsCode, int quantity, Money value, String originCountry,
            Optional<String> permitRef) {
    }

    record Consignee(String name, String country) {
    }

    record MatchSignalResponse(String kind, String detail) {
    }

    /** The case of one jurisdiction; lane, risk and tasks for customs only. */
    record Case(String jurisdiction, ClearanceStatus status, String explanation, Optional<Money> amountDue,
            Assessment assessment, Instant decidedAt, Optional<Instant> arrivedAt, Optional<Instant> closedAt,
            Optional<Lane> lane, Optional<Risk> risk, Optional<List<TaskResponse>> tasks,
            List<DocumentResponses.DocumentRequestResponse> documentRequests, List<HistoryEntry> history) {
    }

    /** @param selection why the case was selected for control: MANDATORY, TARGETED (by score), RANDOM or NONE */
    record Risk(int score, List<RiskReason> reasons, Selection selection) {
    }

    /** A line of the audit trail; who did it and why are for customs only. */
    record HistoryEntry(Instant at, CaseAction action, ClearanceStatus status, Optional<String> actor,
            Optional<String> detail) {
    }
}
