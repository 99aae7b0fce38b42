package org.caravan.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import org.caravan.filing.FiledConsignment;
import org.caravan.reference.CountryCode;
import org.caravan.risk.internal.RandomSelection;
import org.caravan.risk.internal.RiskProfile;
import org.caravan.risk.internal.RiskRule;
import org.springframework.stereotype.Service;

/**
 * Screens a consignment for one jurisdiction: every rule of the risk profile runs and
 * gives its reasons; the lane is the strictest any reason asks for, raised to RED when
 * the total score passes the profile's threshold, or by random selection.
 */
@Service
public class RiskScreening {

    private final List<RiskRule> rules;
    private final RiskProfile profile;
    private final RandomSelection randomSelection;

    RiskScreening(List<RiskRule> rules, RiskProfile profile, RandomSelection randomSelection) {
        this.rules = List.copyOf(rules);
        this.profile = profile;
        this.randomSelection = randomSelection;
    }

    public RiskResult screen(FiledConsignment consignment, CountryCode jurisdiction) {
        return screen(consignment, jurisdiction, item -> false);
    }

    /**
     * Screens knowing which items quote a permit the registry found valid: such an item of
     * licensed goods needs no documentary check for its licence.
     */
    public RiskResult screen(FiledConsignment consignment, CountryCode jurisdiction,
            Predicate<FiledConsignment.Item> permitted) {
        List<RiskReason> reasons = new ArrayList<>();
        for (RiskRule rule : rules) {
            rule.evaluate(consignment, jurisdiction, permitted, reasons::add);
        }
        int score = reasons.stream().mapToInt(RiskReason::score).sum();
        Lane lane = reasons.stream().map(RiskReason::atLeast).max(Comparator.naturalOrder()).orElse(Lane.GREEN);
        if (score >= profile.redScore()) {
            lane = Lane.RED;
        } else if (score >= profile.yellowScore() && lane == Lane.GREEN) {
            lane = Lane.YELLOW;
        }
        if (lane == Lane.GREEN && randomSelection.selects(consignment.trackingNumber())) {
            reasons.add(new RiskReason("random-selection", "selected at random for control (rate "
                    + randomSelection.rate() + ")", 0, Lane.RED));
            lane = Lane.RED;
        }
        return new RiskResult(lane, score, List.copyOf(reasons));
    }
}
