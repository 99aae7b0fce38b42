package org.caravan.clearance.internal;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.caravan.clearance.internal.store.TaskTable;
import org.caravan.common.InvalidInput;
import org.caravan.common.Violations;
import org.caravan.party.Caller;
import org.caravan.party.Role;
import org.caravan.reference.Currencies;
import org.caravan.reference.Money;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.json.JsonMapper;

/** The officer's work queues. */
@RestController
@RequestMapping("/api/v1/tasks")
class TaskController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TaskTable tasks;
    private final RecordTaskResult recordResult;

    TaskController(TaskTable tasks, RecordTaskResult recordResult) {
        this.tasks = tasks;
        this.recordResult = recordResult;
    }

    record MoneyBody(String amount, String currency) {
    }

    record ResultBody(String outcome, MoneyBody reassessedValue, MoneyBody assessedCharge, String note) {
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> open(Caller caller, @RequestParam(defaultValue = "inspection") String queue,
            @RequestParam(defaultValue = "100") int limit) {
        officer(caller);
        Queue q;
        try {
            q = Queue.valueOf(queue.toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(new org.caravan.common.Violation("/queue", "unknown-queue", "must be inspection or documents"));
        }
        List<Map<String, Object>> open = tasks.open(caller.is(Role.ADMIN) ? Optional.empty() : caller.administration(), q,
                Math.max(1, Math.min(limit, 1000))).stream().map(TaskController::render).toList();
        return Map.of("queue", q.name(), "tasks", open);
    }

    @PostMapping(path = "/{id}/result", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> result(Caller caller, @PathVariable UUID id, @RequestBody ResultBody body) {
        officer(caller);
        Violations v = new Violations();
        if (body == null) {
            v.add("", "required", "the body must be a JSON object");
            v.throwIfAny();
        }
        TaskOutcome outcome = null;
        if (v.required("/outcome", body.outcome())) {
            try {
                outcome = TaskOutcome.valueOf(body.outcome());
            } catch (IllegalArgumentException e) {
                v.add("/outcome", "unknown-outcome", "must be one of " + List.of(TaskOutcome.values()));
            }
        }
        Optional<Money> reassessed = money(v, "/reassessedValue", body.reassessedValue());
        Optional<Money> charge = money(v, "/assessedCharge", body.assessedCharge());
        v.maxLength("/note", body.note(), 2000);
        v.throwIfAny();
        var next = recordResult.record(caller, id, new RecordTaskResult.Result(outcome, reassessed, charge, body.note()));
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("taskId", id);
        response.put("trackingNumber", next.trackingNumber());
        response.put("status", next.status().name());
        next.amountDue().ifPresent(due -> response.put("amountDue", AssessConsignment.money(due)));
        return response;
    }

    private static Optional<Money> money(Violations v, String pointer, MoneyBody body) {
        if (body == null) {
            return Optional.empty();
        }
        BigDecimal amount = v.decimal(pointer + "/amount", body.amount(), true, 4);
        if (!v.required(pointer + "/currency", body.currency()) || !Currencies.isValid(body.currency())) {
            if (body.currency() != null) {
                v.add(pointer + "/currency", "not-iso-4217", "must be an ISO 4217 currency code");
            }
            return Optional.empty();
        }
        return amount == null ? Optional.empty() : Optional.of(Money.of(amount, Currency.getInstance(body.currency())));
    }

    private static void officer(Caller caller) {
        if (!caller.is(Role.OFFICER) && !caller.is(Role.ADMIN)) {
            throw new AccessDeniedException("Only customs officers work task queues");
        }
    }

    static Map<String, Object> render(TaskTable.Task t) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("taskId", t.id());
        r.put("trackingNumber", t.trackingNumber());
        r.put("jurisdiction", t.jurisdiction().value());
        r.put("queue", t.queue().name());
        r.put("state", t.state());
        r.put("reasons", JSON.readTree(t.reasons()));
        r.put("createdAt", t.createdAt().toString());
        t.outcome().ifPresent(o -> r.put("outcome", o));
        t.completedBy().ifPresent(o -> r.put("completedBy", o));
        t.completedAt().ifPresent(o -> r.put("completedAt", o.toString()));
        return r;
    }
}
