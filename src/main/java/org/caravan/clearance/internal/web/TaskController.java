package org.caravan.clearance.internal.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.caravan.clearance.internal.RecordTaskResult;
import org.caravan.clearance.internal.model.ClearanceCase;
import org.caravan.clearance.internal.model.Queue;
import org.caravan.clearance.internal.model.TaskOutcome;
import org.caravan.clearance.internal.store.TaskTable;
import org.caravan.common.NotFound;
import org.caravan.common.Violations;
import org.caravan.party.Caller;
import org.caravan.party.Role;
import org.caravan.party.Roles;
import org.caravan.reference.CountryCode;
import org.caravan.reference.Money;
import org.caravan.common.web.ProblemAnswers;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** The officer's work queues. */
@RestController
@RequestMapping("/api/v1/tasks")
class TaskController {

    private static final int MAX_PAGE = 1000;

    private final TaskTable tasks;
    private final RecordTaskResult recordResult;

    TaskController(TaskTable tasks, RecordTaskResult recordResult) {
        this.tasks = tasks;
        this.recordResult = recordResult;
    }

    /**
     * One page of open tasks in creation order; {@code next} is the cursor of the following
     * page and is absent on the last one. An officer works its own administration's queues
     * only: naming another country answers 404, as for any record not its own. An ADMIN
     * belongs to no administration and names the one it looks at.
     */
    @Operation(summary = "One page of an administration's open inspection or documentary-check tasks")
    @ApiResponse(responseCode = "200", description = "The page, oldest task first")
    @ApiResponse(responseCode = "404", description = "The queues of another administration are not visible to this officer",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(ref = "#/components/schemas/" + ProblemAnswers.PROBLEM_SCHEMA)))
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    TaskResponse.Page open(Caller caller, @RequestParam(defaultValue = "inspection") String queue,
            @RequestParam Optional<String> jurisdiction, @RequestParam(defaultValue = "100") String limit,
            @RequestParam Optional<String> after) {
        Roles.require(caller, Role.OFFICER, Role.ADMIN);
        Violations v = new Violations();
        Queue q = queue(v, queue);
        CountryCode country = jurisdiction(v, jurisdiction.or(() -> caller.administration().map(CountryCode::value)));
        Integer size = limit(v, limit);
        Optional<UUID> cursor = after.map(a -> taskId(v, a));
        v.throwIfAny();
        if (!caller.administers(country)) {
            throw new NotFound("No task queues of " + country + " for this officer");
        }
        List<TaskTable.Task> page = tasks.open(country, q, cursor, size + 1);
        return new TaskResponse.Page(q, country.value(), page.stream().limit(size).map(TaskResponse::of).toList(),
                page.size() > size ? Optional.of(page.get(size - 1).id()) : Optional.empty());
    }

    private static Queue queue(Violations v, String queue) {
        try {
            return Queue.valueOf(queue.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            v.add("/queue", "unknown-queue", "must be inspection or documents");
            return null;
        }
    }

    private static CountryCode jurisdiction(Violations v, Optional<String> jurisdiction) {
        if (jurisdiction.isEmpty()) {
            v.add("/jurisdiction", "required", "name the administration whose queue to list");
        } else if (!CountryCode.isValid(jurisdiction.get())) {
            v.add("/jurisdiction", "not-iso-3166", "must be an ISO 3166-1 alpha-2 country code");
        } else {
            return CountryCode.of(jurisdiction.get());
        }
        return null;
    }

    private static Integer limit(Violations v, String limit) {
        try {
            int size = Integer.parseInt(limit.trim());
            if (size >= 1 && size <= MAX_PAGE) {
                return size;
            }
        } catch (NumberFormatException e) {
            // reported below like an out-of-range number
        }
        v.add("/limit", "out-of-range", "must be a whole number from 1 to " + MAX_PAGE);
        return null;
    }

    private static UUID taskId(Violations v, String after) {
        try {
            return UUID.fromString(after.trim());
        } catch (IllegalArgumentException e) {
            v.add("/after", "not-a-task-id", "must be the next cursor of the previous page (a task id)");
            return null;
        }
    }

    @Operation(summary = "Record the result of an inspection (goods arrived) or a documentary check",
            description = "The case moves as docs/clearance-states.md says; a result the case's state does not allow is a 409.")
    @PostMapping(path = "/{id}/result", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    TaskResponse.ResultRecorded result(Caller caller, @PathVariable UUID id, @RequestBody TaskResponse.ResultBody body) {
        Roles.require(caller, Role.OFFICER, Role.ADMIN);
        // another administration's task is not found, whatever the body says
        if (tasks.byId(id).filter(t -> caller.administers(t.jurisdiction())).isEmpty()) {
            throw new NotFound("No task " + id + " in your administration's queues");
        }
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
        Optional<Money> reassessed = TaskResponse.MoneyBody.read(v, "/reassessedValue", body.reassessedValue());
        Optional<Money> charge = TaskResponse.MoneyBody.read(v, "/assessedCharge", body.assessedCharge());
        v.maxLength("/note", body.note(), 2000);
        v.throwIfAny();
        ClearanceCase next = recordResult.record(caller, id, new RecordTaskResult.Result(outcome, reassessed, charge,
                body.note()));
        return new TaskResponse.ResultRecorded(id, next.trackingNumber(), next.status().name(), next.amountDue());
    }
}
