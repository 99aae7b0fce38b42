package org.caravan.clearance.internal.web;

import java.time.Instant;

import org.caravan.clearance.internal.ReportArrival;
import org.caravan.clearance.internal.model.ClearanceCase;
import org.caravan.party.Caller;
import org.caravan.party.Role;
import org.caravan.party.Roles;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

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

    /** Where a consignment's report of arrival leaves it. */
    record ArrivalRecorded(String trackingNumber, String status, Instant arrivedAt) {
    }

    @Operation(summary = "A consignment's cases: status, assessment line by line and history",
            description = "Customs of the destination also see lane, risk reasons, tasks and who did what; the filing "
                    + "courier and platform see the rest; anyone else gets 404.")
    @GetMapping(path = "/{trackingNumber}", produces = MediaType.APPLICATION_JSON_VALUE)
    ConsignmentResponse show(Caller caller, @PathVariable String trackingNumber) {
        return view.show(caller, trackingNumber);
    }

    @Operation(summary = "Report that the consignment reached the border office",
            description = "A parcel released before arrival is released for delivery; a second report changes nothing.")
    @PostMapping(path = "/{trackingNumber}/arrival", produces = MediaType.APPLICATION_JSON_VALUE)
    ArrivalRecorded arrived(Caller caller, @PathVariable String trackingNumber) {
        Roles.requireDeclarant(caller, Role.ADMIN);
        ClearanceCase first = arrival.report(caller, trackingNumber, Instant.now()).get(0);
        return new ArrivalRecorded(trackingNumber, first.status().name(), first.arrivedAt().orElseThrow());
    }
}
