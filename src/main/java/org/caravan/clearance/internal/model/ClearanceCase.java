package org.caravan.clearance.internal.model;

import static org.caravan.clearance.ClearanceStatus.HELD_FOR_DOCUMENTS;
import static org.caravan.clearance.ClearanceStatus.PAYMENT_REQUIRED;
import static org.caravan.clearance.ClearanceStatus.RELEASED;
import static org.caravan.clearance.ClearanceStatus.RELEASED_PRE_ARRIVAL;
import static org.caravan.clearance.ClearanceStatus.SEIZED;
import static org.caravan.clearance.ClearanceStatus.SELECTED_FOR_INSPECTION;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.caravan.clearance.ClearanceStatus;
import org.caravan.common.ProblemTypes;
import org.caravan.reference.CountryCode;
import org.caravan.reference.Money;
import org.caravan.risk.Lane;
import org.caravan.risk.RiskReason;
import org.caravan.risk.Selection;

/**
 * The clearance case of one consignment in one jurisdiction, and the only place its status
 * changes. Every method checks that its move is one of {@link #TRANSITIONS} (the table of
 * {@code docs/clearance-states.md}) and returns the domain events it caused.
 */
public final class ClearanceCase {

    /** The moves a case makes; an officer's result is made of these. */
    public enum Move {
        DECIDE, ARRIVE, REQUIRE_PAYMENT, RELEASE, SEIZE
    }

    /** One allowed move; {@code from} is empty for the decision that opens a case. */
    public record Transition(Optional<ClearanceStatus> from, Move move, ClearanceStatus to) {

        static Transition opening(ClearanceStatus to) {
            return new Transition(Optional.empty(), Move.DECIDE, to);
        }

        static Transition of(ClearanceStatus from, Move move, ClearanceStatus to) {
            return new Transition(Optional.of(from), move, to);
        }
    }

    public static final List<Transition> TRANSITIONS = List.of(
            Transition.opening(RELEASED_PRE_ARRIVAL),
            Transition.opening(PAYMENT_REQUIRED),
            Transition.opening(SELECTED_FOR_INSPECTION),
            Transition.opening(HELD_FOR_DOCUMENTS),
            Transition.of(RELEASED_PRE_ARRIVAL, Move.ARRIVE, RELEASED),
            Transition.of(PAYMENT_REQUIRED, Move.ARRIVE, PAYMENT_REQUIRED),
            Transition.of(SELECTED_FOR_INSPECTION, Move.ARRIVE, SELECTED_FOR_INSPECTION),
            Transition.of(HELD_FOR_DOCUMENTS, Move.ARRIVE, HELD_FOR_DOCUMENTS),
            Transition.of(SELECTED_FOR_INSPECTION, Move.REQUIRE_PAYMENT, PAYMENT_REQUIRED),
            Transition.of(HELD_FOR_DOCUMENTS, Move.REQUIRE_PAYMENT, PAYMENT_REQUIRED),
            Transition.of(SELECTED_FOR_INSPECTION, Move.RELEASE, RELEASED),
            Transition.of(HELD_FOR_DOCUMENTS, Move.RELEASE, RELEASED_PRE_ARRIVAL),
            Transition.of(HELD_FOR_DOCUMENTS, Move.RELEASE, RELEASED),
            Transition.of(PAYMENT_REQUIRED, Move.RELEASE, RELEASED_PRE_ARRIVAL),
            Transition.of(PAYMENT_REQUIRED, Move.RELEASE, RELEASED),
            Transition.of(SELECTED_FOR_INSPECTION, Move.SEIZE, SEIZED),
            Transition.of(HELD_FOR_DOCUMENTS, Move.SEIZE, SEIZED));

    private final UUID id;
    private final CaseFiling filing;
    private final Lane lane;
    private final int riskScore;
    private final List<RiskReason> riskReasons;
    private final Selection selection;
    private final Instant decidedAt;
    private ClearanceStatus status;
    private Assessment assessment;
    private Optional<Instant> arrivedAt;
    private Optional<Instant> closedAt;

    /** Rebuilds a case as it was stored; no rule runs. */
    public ClearanceCase(UUID id, CaseFiling filing, ClearanceStatus status, Lane lane, int riskScore,
            List<RiskReason> riskReasons, Assessment assessment, Instant decidedAt, Optional<Instant> arrivedAt,
            Optional<Instant> closedAt) {
        this(id, filing, status, lane, riskScore, riskReasons, Selection.NONE, assessment, decidedAt, arrivedAt, closedAt);
    }

    /** Rebuilds a case as it was stored, with why risk selected it; no rule runs. */
    public ClearanceCase(UUID id, CaseFiling filing, ClearanceStatus status, Lane lane, int riskScore,
            List<RiskReason> riskReasons, Selection selection, Assessment assessment, Instant decidedAt,
            Optional<Instant> arrivedAt, Optional<Instant> closedAt) {
        this.id = id;
        this.selection = selection;
        this.filing = filing;
        this.status = status;
        this.lane = lane;
        this.riskScore = riskScore;
        this.riskReasons = List.copyOf(riskReasons);
        this.assessment = assessment;
        this.decidedAt = decidedAt;
        this.arrivedAt = arrivedAt;
        this.closedAt = closedAt;
    }

    /** A new case and the event of its opening. */
    public record Opened(ClearanceCase clearanceCase, CaseChange change) {
    }

    /** Opens the case with its pre-arrival decision. */
    public static Opened decide(UUID id, CaseFiling filing, Decision decision, Instant at) {
        require(Optional.empty(), Move.DECIDE, decision.status(), filing.trackingNumber());
        ClearanceCase opened = new ClearanceCase(id, filing, decision.status(), decision.risk().lane(),
                decision.risk().score(), decision.risk().reasons(), decision.risk().selection(), decision.assessment(), at,
                Optional.empty(),
                Optional.empty());
        return new Opened(opened, new CaseChange(id, filing.trackingNumber(), filing.jurisdiction(), Optional.empty(),
                decision.status(), CaseAction.ASSESSED, "caravan",
                "lane " + decision.risk().lane() + ", score " + decision.risk().score(), at));
    }

    /**
     * The goods reached the border office. A parcel released before arrival is released on
     * the spot; the others keep waiting for their officer or payment. Reported twice, the
     * second report changes nothing.
     */
    public List<CaseChange> arrive(Instant at, String actor) {
        if (arrivedAt.isPresent()) {
            return List.of();
        }
        refuseIfClosed();
        ClearanceStatus next = status == RELEASED_PRE_ARRIVAL ? RELEASED : status;
        arrivedAt = Optional.of(at);
        return List.of(move(Move.ARRIVE, next, CaseAction.ARRIVED, actor, "reported by the courier", at));
    }

    /** An officer's inspection result, on goods that have arrived. */
    public List<CaseChange> recordInspection(TaskOutcome outcome, Assessment standing, Instant at, String actor,
            String detail) {
        return recordResult(Queue.INSPECTION, outcome, standing, at, actor, detail);
    }

    /** An officer's documentary check result. */
    public List<CaseChange> recordDocumentaryCheck(TaskOutcome outcome, Assessment standing, Instant at, String actor,
            String detail) {
        return recordResult(Queue.DOCUMENTS, outcome, standing, at, actor, detail);
    }

    /**
     * The result of the task of {@code queue}: prohibited goods are seized; otherwise the
     * assessment that now stands (the declaration's, or one on the value found) settles the
     * case. An inspection needs the goods to have arrived.
     */
    public List<CaseChange> recordResult(Queue queue, TaskOutcome outcome, Assessment standing, Instant at, String actor,
            String detail) {
        expect(queue == Queue.INSPECTION ? SELECTED_FOR_INSPECTION : HELD_FOR_DOCUMENTS,
                queue.name().toLowerCase() + " result");
        if (queue == Queue.INSPECTION && arrivedAt.isEmpty()) {
            throw new IllegalTransition(ProblemTypes.GOODS_NOT_ARRIVED, "Consignment " + filing.trackingNumber()
                    + " has not arrived; it can be inspected once the courier reports arrival.");
        }
        if (!queue.results().contains(outcome)) {
            throw new IllegalArgumentException(outcome + " is not a result of a " + queue + " task");
        }
        return List.of(outcome == TaskOutcome.PROHIBITED_GOODS ? seize(at, actor, detail) : settle(standing, at, actor, detail));
    }

    /**
     * The statuses in which an officer may ask for documents: while the case waits for a
     * documentary check or an inspection. A case whose decision stands (payment required,
     * released) or that is closed needs none.
     */
    public static final java.util.Set<ClearanceStatus> DOCUMENTS_REQUESTABLE = java.util.Set.of(HELD_FOR_DOCUMENTS,
            SELECTED_FOR_INSPECTION);

    /** An officer asks for a document; the status does not change, the audit trail records it. */
    public CaseChange requestDocument(DocumentKind kind, String reason, Instant at, String actor) {
        refuseIfClosed();
        if (!DOCUMENTS_REQUESTABLE.contains(status)) {
            throw new IllegalTransition(ProblemTypes.ILLEGAL_TRANSITION, "Documents can be requested while a case is "
                    + DOCUMENTS_REQUESTABLE.stream().map(Enum::name).sorted().toList() + "; the case for "
                    + filing.trackingNumber() + " is " + status);
        }
        return note(CaseAction.DOCUMENT_REQUESTED, actor, kind + ": " + reason, at);
    }

    /**
     * A document supplied or reviewed against an open request: recorded in the audit trail
     * without a move; refused once the case is closed.
     */
    public CaseChange recordDocument(CaseAction action, String actor, String detail, Instant at) {
        refuseIfClosed();
        return note(action, actor, detail, at);
    }

    private CaseChange note(CaseAction action, String actor, String detail, Instant at) {
        return new CaseChange(id, filing.trackingNumber(), filing.jurisdiction(), Optional.of(status), status, action,
                actor, detail, at);
    }

    /** Payment is due on the assessment that now stands. */
    public CaseChange requirePayment(Assessment standing, Instant at, String actor, String detail) {
        if (standing.amountDue().isEmpty()) {
            throw new IllegalArgumentException("nothing is due on this assessment");
        }
        assessment = standing;
        return move(Move.REQUIRE_PAYMENT, PAYMENT_REQUIRED, CaseAction.TASK_RESULT, actor, detail, at);
    }

    /**
     * What was due is paid: released as {@link #release} releases, the payment named in the
     * audit trail. Refused unless the case waits for payment.
     */
    public CaseChange confirmPayment(Instant at, String payer, String detail) {
        expect(PAYMENT_REQUIRED, "payment");
        return move(Move.RELEASE, arrivedAt.isPresent() ? RELEASED : RELEASED_PRE_ARRIVAL, CaseAction.PAYMENT_CONFIRMED,
                payer, detail, at);
    }

    /**
     * Duties paid on this case were paid back: recorded in the audit trail, even once the case
     * is closed, since a refund follows goods that were released and then returned.
     */
    public CaseChange recordRefundPaid(Instant at, String officer, String detail) {
        return note(CaseAction.REFUND_PAID, officer, detail, at);
    }

    /** Released: before arrival if the goods are not here yet, otherwise for delivery. */
    public CaseChange release(Instant at, String actor, String detail) {
        return move(Move.RELEASE, arrivedAt.isPresent() ? RELEASED : RELEASED_PRE_ARRIVAL, CaseAction.TASK_RESULT, actor,
                detail, at);
    }

    /** The goods may not be imported. */
    public CaseChange seize(Instant at, String actor, String detail) {
        return move(Move.SEIZE, SEIZED, CaseAction.TASK_RESULT, actor, detail, at);
    }

    private CaseChange settle(Assessment standing, Instant at, String actor, String detail) {
        if (standing.amountDue().isPresent()) {
            return requirePayment(standing, at, actor, detail);
        }
        assessment = standing;
        return release(at, actor, detail);
    }

    private CaseChange move(Move move, ClearanceStatus next, CaseAction action, String actor, String detail, Instant at) {
        refuseIfClosed();
        require(Optional.of(status), move, next, filing.trackingNumber());
        ClearanceStatus from = status;
        status = next;
        if (next.isFinal()) {
            closedAt = Optional.of(at);
        }
        return new CaseChange(id, filing.trackingNumber(), filing.jurisdiction(), Optional.of(from), next, action, actor,
                detail, at);
    }

    private void refuseIfClosed() {
        if (status.isFinal()) {
            throw new IllegalTransition(ProblemTypes.CASE_CLOSED, "The case for " + filing.trackingNumber() + " is closed as " + status);
        }
    }

    private void expect(ClearanceStatus expected, String what) {
        refuseIfClosed();
        if (status != expected) {
            throw new IllegalTransition(ProblemTypes.ILLEGAL_TRANSITION, "The " + what + " needs a case "
                    + expected + "; the case for " + filing.trackingNumber() + " is " + status);
        }
    }

    private static void require(Optional<ClearanceStatus> from, Move move, ClearanceStatus to, String trackingNumber) {
        if (!TRANSITIONS.contains(new Transition(from, move, to))) {
            throw new IllegalTransition(ProblemTypes.ILLEGAL_TRANSITION, "The case for " + trackingNumber + " cannot move "
                    + move + " from " + from.map(Enum::name).orElse("(new)") + " to " + to);
        }
    }

    public UUID id() {
        return id;
    }

    public CaseFiling filing() {
        return filing;
    }

    public String trackingNumber() {
        return filing.trackingNumber();
    }

    public CountryCode jurisdiction() {
        return filing.jurisdiction();
    }

    public ClearanceStatus status() {
        return status;
    }

    public Lane lane() {
        return lane;
    }

    public int riskScore() {
        return riskScore;
    }

    public List<RiskReason> riskReasons() {
        return riskReasons;
    }

    /** Why risk selected the case for control: only a random selection measures the whole flow. */
    public Selection selection() {
        return selection;
    }

    public Assessment assessment() {
        return assessment;
    }

    public Optional<Money> amountDue() {
        return status == PAYMENT_REQUIRED || status == SELECTED_FOR_INSPECTION || status == HELD_FOR_DOCUMENTS
                ? assessment.amountDue() : Optional.empty();
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Optional<Instant> arrivedAt() {
        return arrivedAt;
    }

    public Optional<Instant> closedAt() {
        return closedAt;
    }
}
