package org.caravan.clearance.internal;

import java.time.Instant;
import java.util.List;

import org.caravan.clearance.ClearanceStatus;
import org.caravan.clearance.ClearanceStatusChanged;
import org.caravan.clearance.internal.store.CaseEventTable;
import org.caravan.clearance.internal.store.CaseTable;
import org.caravan.clearance.internal.store.StoredCase;
import org.caravan.common.Conflict;
import org.caravan.common.NotFound;
import org.caravan.party.Caller;
import org.caravan.party.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The courier reports that a consignment reached the border office. A parcel released
 * before arrival is released on the spot; others wait for their officer or payment.
 */
@Service
class ReportArrival {

    private final CaseTable cases;
    private final CaseEventTable audit;
    private final ApplicationEventPublisher events;

    ReportArrival(CaseTable cases, CaseEventTable audit, ApplicationEventPublisher events) {
        this.cases = cases;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    List<StoredCase> report(Caller courier, String trackingNumber, Instant at) {
        List<StoredCase> found = cases.byTrackingNumber(trackingNumber).stream()
                .filter(c -> courier.is(Role.ADMIN) || c.courierPartyId().equals(courier.partyId()))
                .toList();
        if (found.isEmpty()) {
            throw new NotFound("No assessed consignment " + trackingNumber + " filed by this courier");
        }
        return found.stream().map(c -> arrive(courier, cases.byId(c.id()).orElseThrow(), at)).toList();
    }

    private StoredCase arrive(Caller courier, StoredCase c, Instant at) {
        if (c.arrivedAt().isPresent()) {
            return c;
        }
        if (c.status().isFinal()) {
            throw new Conflict("case-closed", "The case for " + c.trackingNumber() + " is closed as " + c.status());
        }
        ClearanceStatus next = c.status() == ClearanceStatus.RELEASED_PRE_ARRIVAL ? ClearanceStatus.RELEASED : c.status();
        StoredCase arrived = c.arrived(at, next);
        cases.update(arrived);
        audit.append(new CaseEventTable.CaseEvent(c.id(), at, courier.clientId(), "ARRIVED", next, "reported by the courier"));
        events.publishEvent(new ClearanceStatusChanged(c.trackingNumber(), c.jurisdiction().value(), next, "ARRIVED", at));
        return arrived;
    }
}
