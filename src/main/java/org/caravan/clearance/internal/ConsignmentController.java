package org.caravan.clearance.internal;

import java.time.Instant;
import java.util.Map;

import org.caravan.party.Caller;
import org.caravan.party.Role;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Consignment status for customs and the filing traders; arrival reports from couriers. */
@RestController
@RequestMapping("/api/v1/consignments")
class ConsignmentController {

    private final ConsignmentView view;
    private final ReportArrival arrival;

    ConsignmentController(ConsignmentView view, ReportArrival arrival) {
        this.view = view;
        this.arrival = arrival;
    }

    @GetMapping(path = "/{trackingNumber}", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> show(Caller caller, @PathVariable String trackingNumber) {
        return view.show(caller, trackingNumber);
    }

    @PostMapping(path = "/{trackingNumber}/arrival", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> arrived(Caller caller, @PathVariable String trackingNumber) {
        if (!caller.is(Role.COURIER) && !caller.is(Role.ADMIN)) {
            throw new AccessDeniedException("Only the courier reports arrival");
        }
        var cases = arrival.report(caller, trackingNumber, Instant.now());
        return Map.of("trackingNumber", trackingNumber, "status", cases.get(0).status().name(),
                "arrivedAt", cases.get(0).arrivedAt().orElseThrow().toString());
    }
}
