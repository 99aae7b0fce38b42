package org.caravan.clearance.internal;

import java.time.Instant;
import java.util.List;

import org.caravan.clearance.ClearanceStatusChanged;
import org.caravan.clearance.internal.model.CaseChange;
import org.caravan.clearance.internal.model.ClearanceCase;
import org.caravan.clearance.internal.model.ClearanceCases;
import org.caravan.common.NotFound;
import org.caravan.party.Caller;
import org.caravan.party.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The courier reports that a consignment reached the border office; each of its cases takes note. */
@Service
public class ReportArrival {

    private final ClearanceCases cases;
    private final CaseHistory history;

    ReportArrival(ClearanceCases cases, CaseHistory history) {
        this.cases = cases;
        this.history = history;
    }

    @Transactional
    public List<ClearanceCase> report(Caller courier, String trackingNumber, Instant at) {
        List<ClearanceCase> found = cases.ofTrackingNumber(trackingNumber).stream()
                .filter(c -> courier.is(Role.ADMIN) || c.filing().courierPartyId().equals(courier.partyId()))
                .toList();
        if (found.isEmpty()) {
            throw new NotFound("No assessed consignment " + trackingNumber + " filed by this courier");
        }
        return found.stream().map(c -> arrive(courier, cases.lock(c.id()).orElseThrow(), at)).toList();
    }

    private ClearanceCase arrive(Caller courier, ClearanceCase c, Instant at) {
        List<CaseChange> changes = c.arrive(at, courier.clientId());
        if (!changes.isEmpty()) {
            cases.save(c);
            history.keep(c, changes, ClearanceStatusChanged.Cause.ARRIVED);
        }
        return c;
    }
}
