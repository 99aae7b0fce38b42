package org.caravan.clearance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.caravan.clearance.ClearanceStatusChanged;
import org.caravan.clearance.internal.model.Assessment;
import org.caravan.clearance.internal.model.CaseChange;
import org.caravan.clearance.internal.model.ClearanceCase;
import org.caravan.clearance.internal.model.ClearanceCases;
import org.caravan.clearance.internal.model.IllegalTransition;
import org.caravan.clearance.internal.model.Queue;
import org.caravan.clearance.internal.model.TaskOutcome;
import org.caravan.clearance.internal.model.TaskState;
import org.caravan.clearance.internal.store.TaskTable;
import org.caravan.common.InvalidInput;
import org.caravan.common.LogContext;
import org.caravan.common.NotFound;
import org.caravan.common.ProblemTypes;
import org.caravan.common.Violation;
import org.caravan.filing.FiledConsignments;
import org.caravan.party.Caller;
import org.caravan.reference.Jurisdictions;
import org.caravan.reference.Money;
import org.caravan.risk.InspectionLabel;
import org.caravan.risk.InspectionLabels;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An officer records the result of an inspection or documentary check. The assessment
 * that then stands (the declaration's, one on the value the officer found, or the officer's
 * own charge where the regime cannot compute one) goes to the case, which decides where it
 * moves.
 */
@Service
public class RecordTaskResult {

    private final TaskTable tasks;
    private final ClearanceCases cases;
    private final CaseHistory history;
    private final FiledConsignments filed;
    private final AssessConsignment assess;
    private final Jurisdictions jurisdictions;
    private final InspectionLabels labels;

    RecordTaskResult(TaskTable tasks, ClearanceCases cases, CaseHistory history, FiledConsignments filed,
            AssessConsignment assess, Jurisdictions jurisdictions, InspectionLabels labels) {
        this.labels = labels;
        this.tasks = tasks;
        this.cases = cases;
        this.history = history;
        this.filed = filed;
        this.assess = assess;
        this.jurisdictions = jurisdictions;
    }

    public record Result(TaskOutcome outcome, Optional<Money> reassessedValue, Optional<Money> assessedCharge, String note) {
    }

    @Transactional
    public ClearanceCase record(Caller officer, UUID taskId, Result result) {
        TaskTable.Task task = tasks.byId(taskId).filter(t -> officer.administers(t.jurisdiction()))
                .orElseThrow(() -> new NotFound("No task " + taskId + " in your administration's queues"));
        if (task.state() != TaskState.OPEN) {
            throw new IllegalTransition(ProblemTypes.TASK_COMPLETED, "Task " + taskId + " was completed already");
        }
        requireOutcomeOf(task.queue(), result.outcome());
        ClearanceCase c = cases.lock(task.caseId()).orElseThrow();
        LogContext.consignment(c.trackingNumber());
        Instant now = Instant.now();
        String detail = task.queue() + " " + result.outcome() + (result.note() == null ? "" : ": " + result.note());
        Assessment assessed = c.assessment();
        Assessment standing = result.outcome() == TaskOutcome.PROHIBITED_GOODS ? c.assessment() : standing(c, result);
        List<CaseChange> changes = c.recordResult(task.queue(), result.outcome(), standing, now, officer.clientId(), detail);
        cases.save(c);
        labels.record(label(c, result.outcome(), assessed, standing, now));
        tasks.complete(taskId, result.outcome(), result.note(), officer.clientId(), now);
        history.keep(c, changes, task.queue() == Queue.INSPECTION ? ClearanceStatusChanged.Cause.INSPECTION_RESULT
                : ClearanceStatusChanged.Cause.DOCUMENTARY_CHECK_RESULT, irregular(result.outcome()), Optional.empty());
        return c;
    }

    /** What the control found, for risk management to learn from; in this transaction, so no result goes unlabelled. */
    private static InspectionLabel label(ClearanceCase c, TaskOutcome outcome, Assessment assessed, Assessment standing,
            Instant at) {
        boolean irregular = irregular(outcome);
        Optional<Money> added = outcome == TaskOutcome.IRREGULARITY ? dutiesAdded(assessed, standing) : Optional.empty();
        return new InspectionLabel(c.filing().consignmentId(), c.jurisdiction(), c.trackingNumber(), c.selection(),
                irregular, added, at);
    }

    /** A hit: the control found an irregularity or prohibited goods. */
    private static boolean irregular(TaskOutcome outcome) {
        return outcome == TaskOutcome.IRREGULARITY || outcome == TaskOutcome.PROHIBITED_GOODS;
    }

    /** Reassessed minus assessed, when the reassessment asks for more in the same currency. */
    static Optional<Money> dutiesAdded(Assessment assessed, Assessment reassessed) {
        return reassessed.amountDue().flatMap(after -> assessed.amountDue()
                .map(before -> before.currency().equals(after.currency()) ? after.minus(before) : after)
                .or(() -> Optional.of(after)))
                .filter(Money::isPositive).map(Money::rounded);
    }

    private static void requireOutcomeOf(Queue queue, TaskOutcome outcome) {
        if (!queue.results().contains(outcome)) {
            throw new InvalidInput(new Violation("/outcome", "not-a-result-of-this-task",
                    "a " + queue.name().toLowerCase() + " task ends with one of " + queue.results()));
        }
    }

    /** The assessment that stands after the officer's result; the officer's own charge where the regime computes none. */
    private Assessment standing(ClearanceCase c, Result result) {
        Assessment standing = result.outcome() == TaskOutcome.IRREGULARITY ? reassess(c, result) : c.assessment();
        if (standing.chargeComputed()) {
            return standing;
        }
        Money charge = result.assessedCharge().orElseThrow(() -> new InvalidInput(new Violation("/assessedCharge",
                "required", "the regime cannot compute the charge for this case; state the amount assessed")));
        return standing.withOfficerAssessment(charge);
    }

    private Assessment reassess(ClearanceCase c, Result result) {
        Money value = result.reassessedValue().orElseThrow(() -> new InvalidInput(new Violation("/reassessedValue",
                "required", "an irregularity needs the value established by the officer")));
        var consignment = filed.byTrackingNumber(c.trackingNumber()).orElseThrow();
        var jurisdiction = jurisdictions.find(c.jurisdiction()).orElseThrow();
        LocalDate on = LocalDate.ofInstant(c.filing().filedAt(), jurisdiction.timeZone());
        Money usedBefore = c.assessment().allowanceUsedBefore().orElse(Money.zero(value.currency()));
        return assess.reassess(consignment, c.jurisdiction(), on, c.assessment().regime().map(r -> r.id()), value, usedBefore);
    }
}
