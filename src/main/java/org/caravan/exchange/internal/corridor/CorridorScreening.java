package org.caravan.exchange.internal.corridor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.caravan.filing.FiledConsignment;
import org.caravan.filing.MatchSignal;
import org.caravan.reference.CountryCode;
import org.caravan.risk.Lane;
import org.caravan.risk.RiskResult;
import org.caravan.risk.RiskScreening;
import org.springframework.stereotype.Component;

/**
 * This administration's own look at a consignment it does not clear for import (at the
 * origin, or in transit): its risk profile's screening, and the decision that follows from
 * the lane (cleared when green, selected for control otherwise). And the other way: what the
 * results of the administrations before it on the route tell the destination's risk.
 */
@Component
@OnCorridor
class CorridorScreening {

    static final String CLEARED = "CLEARED";
    static final String SELECTED = "SELECTED_FOR_CONTROL";

    private final RiskScreening risk;
    private final CountryCode own;

    CorridorScreening(RiskScreening risk, CorridorSettings settings) {
        this.risk = risk;
        this.own = CountryCode.of(settings.administration());
    }

    CorridorMessage.AdministrationResult screen(FiledConsignment c, Passage.Role role, Instant at) {
        RiskResult r = risk.screen(c, own);
        return new CorridorMessage.AdministrationResult(own.value(), role.name(), r.lane().name(), r.score(),
                r.topReasons().stream().map(x -> x.rule() + ": " + x.detail()).toList(),
                r.lane() == Lane.GREEN ? CLEARED : SELECTED, at);
    }

    /** One signal for each administration that selected the consignment, for the destination's risk profile to weigh. */
    static List<MatchSignal> signals(List<CorridorMessage.AdministrationResult> results) {
        List<MatchSignal> signals = new ArrayList<>();
        for (CorridorMessage.AdministrationResult r : results) {
            if (r.selected()) {
                signals.add(new MatchSignal(MatchSignal.Kind.UPSTREAM_SELECTED, r.administration() + " (" + r.role().toLowerCase()
                        + ") selected it for control" + (r.reasons() == null || r.reasons().isEmpty() ? ""
                                : ": " + String.join(", ", r.reasons()))));
            }
        }
        return signals;
    }
}
