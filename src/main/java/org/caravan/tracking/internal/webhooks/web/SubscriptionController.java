package org.caravan.tracking.internal.webhooks.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.caravan.common.InvalidInput;
import org.caravan.common.NotFound;
import org.caravan.common.Violation;
import org.caravan.common.web.Cursors;
import org.caravan.party.Caller;
import org.caravan.tracking.internal.webhooks.SubscriptionManagement;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * Webhook subscriptions of couriers and platforms (docs/webhooks.md). A party sees and
 * changes only its own; anyone else's answers 404.
 */
@RestController
@RequestMapping(path = "/api/v1/subscriptions", produces = MediaType.APPLICATION_JSON_VALUE)
class SubscriptionController {

    private static final int MAX_PAGE = 500;

    private final SubscriptionManagement management;

    SubscriptionController(SubscriptionManagement management) {
        this.management = management;
    }

    @Operation(summary = "Subscribe a URL to event types",
            description = "The URL must be https. Without a secret one is generated; either way the secret is in this "
                    + "answer only. Event types: org.caravan.consignment.decided, org.caravan.consignment.status-changed.")
    @ApiResponse(responseCode = "201", description = "Subscribed; deliveries start with the next event")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    SubscriptionResponses.Created subscribe(Caller caller, @RequestBody SubscriptionRequests.Subscribe body) {
        var created = management.subscribe(caller, body.url(), body.eventTypes(), body.secret());
        var s = SubscriptionResponses.SubscriptionView.of(created.subscription());
        return new SubscriptionResponses.Created(s.id(), s.url(), s.eventTypes(), s.paused(), s.createdAt(),
                created.secret());
    }

    @Operation(summary = "The caller's subscriptions")
    @GetMapping
    SubscriptionResponses.SubscriptionList list(Caller caller) {
        return new SubscriptionResponses.SubscriptionList(
                management.list(caller).stream().map(SubscriptionResponses.SubscriptionView::of).toList());
    }

    @Operation(summary = "One of the caller's subscriptions")
    @GetMapping("/{id}")
    SubscriptionResponses.SubscriptionView show(Caller caller, @PathVariable String id) {
        return SubscriptionResponses.SubscriptionView.of(management.show(caller, uuid(id)));
    }

    @Operation(summary = "Pause or resume a subscription",
            description = "Body {\"paused\": true} or {\"paused\": false}. While paused, events are still queued; "
                    + "resuming sends them in order.")
    @PatchMapping(path = "/{id}", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json"})
    SubscriptionResponses.SubscriptionView change(Caller caller, @PathVariable String id,
            @RequestBody SubscriptionRequests.Change body) {
        // another party's subscription is not found, whatever the body says
        management.show(caller, uuid(id));
        if (body.paused() == null) {
            throw new InvalidInput(new Violation("/paused", "required", "true to pause, false to resume"));
        }
        return SubscriptionResponses.SubscriptionView.of(management.pause(caller, uuid(id), body.paused()));
    }

    @Operation(summary = "Delete a subscription and its delivery log")
    @ApiResponse(responseCode = "204", description = "Deleted; nothing more is sent to it")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{id}")
    void delete(Caller caller, @PathVariable String id) {
        management.delete(caller, uuid(id));
    }

    @Operation(summary = "Rotate the signing secret",
            description = "The new secret (given, or generated when absent) signs from now on; the previous one keeps "
                    + "signing beside it for overlapSeconds (default 86400, at most 604800).")
    @PostMapping(path = "/{id}/secret", consumes = MediaType.APPLICATION_JSON_VALUE)
    SubscriptionResponses.Rotated rotate(Caller caller, @PathVariable String id,
            @RequestBody SubscriptionRequests.Rotate body) {
        var rotated = management.rotate(caller, uuid(id), body.secret(), body.overlapSeconds());
        return new SubscriptionResponses.Rotated(rotated.secret(), rotated.previousSecretValidUntil());
    }

    @Operation(summary = "Send again every event since a time",
            description = "Delivered and dead-lettered deliveries of events that happened at or after `from` are "
                    + "queued again with the same event ids; deliveries still queued keep their turn.")
    @ApiResponse(responseCode = "202", description = "Queued again; how many")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PostMapping(path = "/{id}/replay", consumes = MediaType.APPLICATION_JSON_VALUE)
    SubscriptionResponses.Replayed replay(Caller caller, @PathVariable String id,
            @RequestBody SubscriptionRequests.Replay body) {
        management.show(caller, uuid(id));
        Instant from;
        try {
            from = Instant.parse(body.from() == null ? "" : body.from());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(new Violation("/from", "malformed", "an ISO 8601 UTC time, e.g. 2026-11-26T07:00:00Z"));
        }
        return new SubscriptionResponses.Replayed(management.replay(caller, uuid(id), from));
    }

    @Operation(summary = "The delivery log: each event sent to the subscription, oldest first, after a cursor",
            description = "Status PENDING, SENDING, DELIVERED or DEAD_LETTERED; attempts, last response code and "
                    + "error, next attempt time.")
    @GetMapping("/{id}/deliveries")
    SubscriptionResponses.DeliveryPage deliveries(Caller caller, @PathVariable String id,
            @RequestParam(name = "after", defaultValue = "0") String after,
            @RequestParam(name = "limit", defaultValue = "100") int limit) {
        long cursor = Cursors.after(after, limit, MAX_PAGE);
        var page = management.deliveries(caller, uuid(id), cursor, limit).stream()
                .map(SubscriptionResponses.Delivery::of).toList();
        return new SubscriptionResponses.DeliveryPage(page,
                page.isEmpty() ? String.valueOf(cursor) : page.get(page.size() - 1).cursor());
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFound("No subscription " + id);
        }
    }
}
