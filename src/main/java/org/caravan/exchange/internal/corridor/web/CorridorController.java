package org.caravan.exchange.internal.corridor.web;

import org.caravan.exchange.internal.corridor.CorridorKeys;
import org.caravan.exchange.internal.corridor.CorridorMessage;
import org.caravan.exchange.internal.corridor.CorridorSettings;
import org.caravan.exchange.internal.corridor.OnCorridor;
import org.caravan.exchange.internal.corridor.Passage;
import org.caravan.exchange.internal.corridor.TransitReports;
import org.caravan.exchange.internal.corridor.store.Passages;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.caravan.common.InvalidInput;
import org.caravan.common.NotFound;
import org.caravan.common.Violation;
import org.caravan.party.Caller;
import org.caravan.party.Role;
import org.caravan.party.Roles;
import org.caravan.reference.CountryCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The corridor over HTTP: the published key, a consignment's passage, transit reports, and refused messages. */
@RestController
@RequestMapping("/api/v1/exchange")
@Tag(name = "Corridor exchange")
@OnCorridor
class CorridorController {

    private final CorridorSettings settings;
    private final CorridorKeys keys;
    private final Passages passages;
    private final TransitReports transits;

    CorridorController(CorridorSettings settings, CorridorKeys keys, Passages passages, TransitReports transits) {
        this.settings = settings;
        this.keys = keys;
        this.passages = passages;
        this.transits = transits;
    }

    @Operation(summary = "The public key partners verify this administration's corridor messages with (a JWK set)")
    @GetMapping(path = "/key", produces = { "application/jwk-set+json", MediaType.APPLICATION_JSON_VALUE })
    Map<String, Object> key() {
        return keys.published().toJSONObject(true);
    }

    record PassageView(String trackingNumber, String administration, String role, List<String> route,
            String previousAdministration, String nextAdministration, String status,
            List<CorridorMessage.AdministrationResult> results, List<CorridorMessage.TransitEvent> transitEvents) {
    }

    @Operation(summary = "What this administration knows of a consignment crossing the corridor",
            description = "Its role on the route, every administration's shared result and the transit events; for this"
                    + " administration's officers and administrators.")
    @GetMapping(path = "/passages/{trackingNumber}", produces = MediaType.APPLICATION_JSON_VALUE)
    PassageView passage(Caller caller, @PathVariable String trackingNumber) {
        requireOwnAdministration(caller);
        Passage p = passages.find(trackingNumber)
                .orElseThrow(() -> new NotFound("No consignment " + trackingNumber + " was shared with or by this administration"));
        return new PassageView(p.trackingNumber(), settings.administration(), p.role().name(), p.route(), p.previous(),
                p.next(), p.status(), p.results(), passages.events(trackingNumber));
    }

    record TransitReport(String event, String occurredAt, String location) {
    }

    @Operation(summary = "Report the goods entering or leaving this country in transit",
            description = "ENTRY or EXIT, once each; a repeated report changes nothing (200). Passed on to the next"
                    + " administration on the route.")
    @PostMapping(path = "/passages/{trackingNumber}/transit-events", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PassageView> transit(Caller caller, @PathVariable String trackingNumber,
            @RequestBody TransitReport report) {
        if (!caller.declares()) {
            requireOwnAdministration(caller);
        }
        Optional<Instant> at;
        try {
            at = Optional.ofNullable(report.occurredAt()).map(Instant::parse);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(new Violation("/occurredAt", "invalid-instant", "must be an ISO 8601 instant"));
        }
        boolean recorded = transits.report(trackingNumber, report.event(), at, Optional.ofNullable(report.location()),
                caller.declares() ? Optional.of(caller.clientId()) : Optional.empty());
        Passage p = passages.find(trackingNumber).orElseThrow();
        return ResponseEntity.status(recorded ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new PassageView(p.trackingNumber(), settings.administration(), p.role().name(), p.route(),
                        p.previous(), p.next(), p.status(), List.of(), passages.events(trackingNumber)));
    }

    @Operation(summary = "Messages from partners this administration refused, newest first, with the reason")
    @GetMapping(path = "/refusals", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Passages.Refusal> refusals(Caller caller, @RequestParam(defaultValue = "100") int limit) {
        requireOwnAdministration(caller);
        if (limit < 1 || limit > 1000) {
            throw new InvalidInput(new Violation("/limit", "out-of-range", "must be between 1 and 1000"));
        }
        return passages.refusals(limit);
    }

    private void requireOwnAdministration(Caller caller) {
        Roles.require(caller, Role.OFFICER, Role.ADMIN);
        if (!caller.administers(CountryCode.of(settings.administration()))) {
            throw new NotFound("This node serves " + settings.administration());
        }
    }
}
