package org.caravan.clearance.internal;

import java.util.List;
import java.util.Optional;

import org.caravan.clearance.ClearanceStandings;
import org.caravan.clearance.internal.model.ClearanceCases;
import org.caravan.clearance.internal.model.ChargeLine;
import org.caravan.reference.ChargeKind;
import org.caravan.reference.Money;
import org.caravan.reference.Payer;
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
            // the regime's lines while they make up what is due; an officer's own amount has none
            List<ClearanceStandings.DueLine> lines = due.isEmpty() || !c.assessment().chargeComputed() ? List.of()
                    : c.assessment().charges().stream().filter(ChargeLine::owedByRecipient)
                            .map(l -> new ClearanceStandings.DueLine(ChargeKind.valueOf(l.type().name()),
                                    l.name().orElse(l.type().name()), Payer.RECIPIENT, l.base(), l.ratePercent(), l.perKg(),
                                    l.massKg(), l.minimumApplied(), l.due(), l.legalBasis()))
                            .toList();
            return new Standing(c.jurisdiction().value(), c.status(), c.arrivedAt().orElse(null),
                    due.map(Money::amount).orElse(null), due.map(m -> m.currency().getCurrencyCode()).orElse(null), lines);
        }).toList();
    }
}
