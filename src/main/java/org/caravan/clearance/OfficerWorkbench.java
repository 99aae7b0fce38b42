package org.caravan.clearance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.caravan.party.Caller;
import org.caravan.reference.CountryCode;
import org.caravan.reference.Money;
import org.caravan.risk.Lane;
import org.caravan.risk.Selection;

/**
 * What an officer works with at the desk: the queues of one administration, riskiest and
 * longest waiting first, the case file of one consignment, and the result of a control. An
 * officer sees its own administration only; anything else is not found, as in the API.
 */
public interface OfficerWorkbench {

    /** Inspections, documentary checks, and cases held until duties are paid. */
    enum WorkQueue {
        INSPECTION, DOCUMENTS, PAYMENTS
    }

    /** What an officer found; a queue's tasks end with some of them only. */
    enum Outcome {
        NO_FINDINGS, DOCUMENTS_ACCEPTED, IRREGULARITY, PROHIBITED_GOODS
    }

    /** Narrows a queue: one trade lane, a floor on the risk score, part of a tracking number. */
    record Filter(Optional<String> laneKey, int minimumRiskScore, Optional<String> trackingNumber) {

        public static Filter none() {
            return new Filter(Optional.empty(), 0, Optional.empty());
        }
    }

    /**
     * A consignment waiting in a queue. {@code taskId} is absent for payment holds;
     * {@code declaredValue} is the value the assessment took as declared.
     */
    record Row(String trackingNumber, Optional<UUID> taskId, ClearanceStatus status, int riskScore, Lane lane,
            Selection selection, String laneKey, String category, Optional<Money> declaredValue, Instant waitingSince,
            List<String> reasons) {
    }

    /** One page of a queue, with how much waits in each of the administration's queues. */
    record QueuePage(WorkQueue queue, CountryCode administration, Filter filter, List<Row> rows, int page, int pageSize,
            long matching, Map<WorkQueue, Long> waiting) {

        public boolean hasNext() {
            return (long) (page + 1) * pageSize < matching;
        }
    }

    /** An officer's result; a note says why for anything but a clean control. */
    record Result(Outcome outcome, Optional<Money> reassessedValue, Optional<Money> assessedCharge, String note) {
    }

    /** A page of the queue of {@code administration}; another administration's queues are not found. */
    QueuePage queue(Caller officer, CountryCode administration, WorkQueue queue, Filter filter, int page);

    /** The consignment as its customs administration sees it; anyone else is told it does not exist. */
    CaseFile caseFile(Caller officer, String trackingNumber);

    /** Records the result through the same use case as the API, so it is audited the same way. */
    ClearanceStatus recordResult(Caller officer, UUID taskId, Result result);

    /** A consignment as the customs of its destination see it. */
    record CaseFile(String trackingNumber, String status, Declared declared, Optional<Signature> signature,
            List<Case> cases) {

        /** The case of the officer's own administration, which the workbench works on. */
        public Optional<Case> caseOf(CountryCode administration) {
            return cases.stream().filter(c -> c.jurisdiction().equals(administration.value())).findFirst();
        }
    }

    record Declared(UUID manifestId, String courier, Optional<String> platform, Optional<String> platformOrderRef,
            String destination, BigDecimal grossMassKg, Money declaredValue, List<Item> items, String consigneeName,
            String consigneeCountry, List<Signal> matchSignals, Instant filedAt) {
    }

    record Item(String description, String hsCode, int quantity, Money value, String originCountry,
            Optional<String> permitRef) {
    }

    /** What matching the order, payment and manifest found. */
    record Signal(String kind, String detail) {
    }

    record Signature(String kid, String alg, Instant verifiedAt, Optional<String> jws) {
    }

    record Case(String jurisdiction, ClearanceStatus status, String explanation, Optional<Money> amountDue,
            Lane lane, int riskScore, Selection selection, List<Reason> reasons, Optional<String> regime,
            Optional<Money> customsValue, List<Charge> charges, List<String> holds, List<Task> tasks,
            List<DocumentRequest> documentRequests, List<Event> history) {

        public Optional<Task> openTask() {
            return tasks.stream().filter(Task::open).findFirst();
        }
    }

    record Reason(String rule, String detail, int score, Lane atLeast) {
    }

    /** One line of the assessment. */
    record Charge(String charge, Money base, Optional<BigDecimal> ratePercent, Money amount, Money due,
            String legalBasis, String explanation) {
    }

    /** {@code clean} is the outcome a task of this queue ends with when nothing is wrong. */
    record Task(UUID id, String queue, boolean open, List<String> reasons, Instant createdAt, List<Outcome> outcomes,
            Optional<Outcome> outcome, Optional<String> completedBy, Optional<Instant> completedAt) {

        public Outcome clean() {
            return outcomes.get(0);
        }
    }

    record DocumentRequest(String kind, String reason, String state, Instant requestedAt, List<Document> documents) {
    }

    record Document(UUID id, String format, String state, Instant suppliedAt, Optional<String> reviewReason) {
    }

    record Event(Instant at, String action, ClearanceStatus status, Optional<String> actor, Optional<String> detail) {
    }
}
