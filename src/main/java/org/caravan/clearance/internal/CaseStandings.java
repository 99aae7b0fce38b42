package org.caravan.clearance.internal;

import java.util.List;
import java.util.Optional;

import org.caravan.clearance.ClearanceStandings;
import org.caravan.clearance.internal.model.ClearanceCases;
import org.caravan.reference.Money;
import org.springframework.stereotype.Component;

/** Each case of a parcel as it stands, read from the case rows. */
@Component
class CaseStandings implements ClearanceStandings {

    private final ClearanceCases cases;

    CaseStandings(ClearanceCases cases) {
        this.cases = cases;
    }

    @Override
    public List<Standing> of(String trackingNumber) {
        return cases.ofTrackingNumber(trackingNumber).stream().map(c -> {
            Optional<Money> due = c.amountDue().map(Money::rounded);
            return new Standing(c.jurisdiction().value(), c.status(), c.arrivedAt().orElse(null),
                    due.map(Money::amount).orElse(null), due.map(m -> m.currency().getCurrencyCode()).orElse(null));
        }).toList();
    }
}
