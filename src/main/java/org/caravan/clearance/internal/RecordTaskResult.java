package org.caravan.clearance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.caravan.clearance.ClearanceStatus;
import org.caravan.clearance.ClearanceStatusChanged;
import org.caravan.clearance.internal.store.CaseEventTable;
import org.caravan.clearance.internal.store.CaseTable;
import org.caravan.clearance.internal.store.StoredCase;
import org.caravan.clearance.internal.store.TaskTable;
import org.caravan.common.Conflict;
import org.caravan.common.InvalidInput;
import org.caravan.common.NotFound;
import org.caravan.common.Violation;
import org.caravan.filing.FiledConsignments;
import org.caravan.party.Caller;
import org.caravan.reference.DeMinimisCalculation;
import org.caravan.reference.Jurisdictions;
import org.caravan.reference.Money;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An officer records the result of an inspection or documentary check, which moves the
 * case to release, payment or seizure. Inspections need the goods to have arrived.
 */
@Service
class RecordTaskResult {

    private final TaskTable tasks;
    private final CaseTable cases;
    private final CaseEventTable audit;
    private final FiledConsignments filed;
    private final AssessConsignment assess;
    private final Jurisdictions jurisdictions;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;

    RecordTaskResult(TaskTable tasks, CaseTable cases, CaseEventTable audit, FiledConsignments filed,
            AssessConsignment assess, Jurisdictions jurisdictions, ApplicationEventPublisher events, JsonMapper json) {
        this.tasks = tasks;
        this.cases = cases;
        this.audit = audit;
        this.filed = filed;
        this.assess = assess;
        this.jurisdictions = jurisdictions;
        this.events = events;
        this.json = json;
    }

    record Result(TaskOutcome outcome, Optional<Money> reassessedValue, Optional<Money> assessedCharge, String note) {
    }

    @Transactional
    StoredCase record(Caller officer, UUID taskId, Result result) {
        TaskTable.Task task = tasks.byId(taskId).filter(t -> officer.administers(t.jurisdiction()))
                .orElseThrow(() -> new NotFound("No task " + taskId + " in your administration's queues"));
        if (!"OPEN".equals(task.state())) {
            throw new Conflict("task-completed", "Task " + taskId + " was completed already");
        }
        StoredCase c = cases.byId(task.caseId()).orElseThrow();
        if (task.queue() == Queue.INSPECTION && c.arrivedAt().isEmpty()) {
            throw new Conflict("goods-not-arrived", "Consignment " + c.trackingNumber()
                    + " has not arrived; it can be inspected once the courier reports arrival.");
        }
        Instant now = Instant.now();
        StoredCase next = switch (result.outcome()) {
            case PROHIBITED_GOODS -> c.withStatus(ClearanceStatus.SEIZED, Optional.empty(), c.assessment(), now);
            case NO_FINDINGS, DOCUMENTS_ACCEPTED -> settle(c, stored(c), result);
            case IRREGULARITY -> settle(c, reassess(c, result), result);
        };
        cases.update(next);
        tasks.complete(taskId, result.outcome().name(), result.note(), officer.clientId(), now);
        audit.append(new CaseEventTable.CaseEvent(c.id(), now, officer.clientId(), "TASK_RESULT", next.status(),
                task.queue() + " " + result.outcome() + (result.note() == null ? "" : ": " + result.note())));
        events.publishEvent(new ClearanceStatusChanged(c.trackingNumber(), c.jurisdiction().value(), next.status(),
                task.queue() + "_" + result.outcome(), now));
        return next;
    }

    /** The charge due on the assessment that now stands, or the officer's own where the regime cannot compute it. */
    private StoredCase settle(StoredCase c, Assessed assessed, Result result) {
        Optional<Money> due = assessed.computed() ? assessed.due() : result.assessedCharge();
        if (!assessed.computed() && result.assessedCharge().isEmpty()) {
            throw new InvalidInput(new Violation("/assessedCharge", "required",
                    "the regime cannot compute the charge for this case; state the amount assessed"));
        }
        Map<String, Object> record = assessed.record();
        result.assessedCharge().filter(x -> !assessed.computed()).ifPresent(charge -> record.put("officerAssessment",
                Map.of("amount", charge.rounded().amount().toPlainString(), "currency", charge.currency().getCurrencyCode())));
        Optional<Money> positive = due.filter(Money::isPositive);
        ClearanceStatus status = positive.isPresent() ? ClearanceStatus.PAYMENT_REQUIRED
                : c.arrivedAt().isPresent() ? ClearanceStatus.RELEASED : ClearanceStatus.RELEASED_PRE_ARRIVAL;
        return c.withStatus(status, positive, json.writeValueAsString(record), Instant.now());
    }

    private Assessed stored(StoredCase c) {
        Map<String, Object> record = json.readValue(c.assessment(), LinkedHashMap.class);
        return new Assessed(record, Boolean.TRUE.equals(record.get("chargeComputed")), c.amountDue());
    }

    private Assessed reassess(StoredCase c, Result result) {
        Money value = result.reassessedValue().orElseThrow(() -> new InvalidInput(new Violation("/reassessedValue",
                "required", "an irregularity needs the value established by the officer")));
        var consignment = filed.byTrackingNumber(c.trackingNumber()).orElseThrow();
        var jurisdiction = jurisdictions.find(c.jurisdiction()).orElseThrow();
        LocalDate on = LocalDate.ofInstant(c.filedAt(), jurisdiction.timeZone());
        JsonNode usedBefore = json.readTree(c.assessment()).path("allowance").path("usedBefore");
        Money used = usedBefore.isObject() ? Money.of(usedBefore.get("amount").asString(), usedBefore.get("currency").asString())
                : Money.zero(value.currency());
        Optional<DeMinimisCalculation> calculation = assess.reassess(consignment, c.jurisdiction(), on, value, used);
        if (calculation.isEmpty()) {
            return new Assessed(new LinkedHashMap<>(Map.of("reassessedValue", AssessConsignment.money(value))), false,
                    Optional.empty());
        }
        Map<String, Object> record = AssessConsignment.render(calculation.get());
        record.put("reassessedValue", AssessConsignment.money(value));
        return new Assessed(record, calculation.get().chargeComputed(), calculation.get().chargeDue());
    }

    private record Assessed(Map<String, Object> record, boolean computed, Optional<Money> due) {
    }
}
