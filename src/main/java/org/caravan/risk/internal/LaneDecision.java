package org.caravan.risk.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.caravan.risk.Lane;
import org.caravan.risk.RiskReason;
import org.caravan.risk.RiskResult;

/**
 * The last step of screening: the lane is the strictest any reason asks for, raised by the
 * total score against the profile's thresholds, then random selection among green parcels.
 * Kept apart so how parcels are selected can change without touching what is found.
 */
public class LaneDecision {

    private final RandomSelection randomSelection;
    private final Optional<BigDecimal> configuredRate;

    /** {@code configuredRate}, when a deployment sets one, replaces the profiles' random rate. */
    public LaneDecision(RandomSelection randomSelection, Optional<BigDecimal> configuredRate) {
        this.randomSelection = randomSelection;
        this.configuredRate = configuredRate;
    }

    public RiskResult decide(List<RiskReason> reasons, RiskProfile profile, String trackingNumber) {
        int score = 0;
        Lane lane = Lane.GREEN;
        for (RiskReason reason : reasons) {
            score += reason.score();
            if (reason.atLeast().compareTo(lane) > 0) {
                lane = reason.atLeast();
            }
        }
        if (score >= profile.redScore()) {
            lane = Lane.RED;
        } else if (score >= profile.yellowScore() && lane == Lane.GREEN) {
            lane = Lane.YELLOW;
        }
        BigDecimal rate = configuredRate.orElse(profile.randomInspectionRate());
        if (lane == Lane.GREEN && randomSelection.selects(trackingNumber, rate)) {
            List<RiskReason> selected = new ArrayList<>(reasons);
            selected.add(new RiskReason("random-selection", "selected at random for control (rate " + rate.toPlainString()
                    + ")", 0, Lane.RED));
            return new RiskResult(Lane.RED, score, List.copyOf(selected));
        }
        return new RiskResult(lane, score, List.copyOf(reasons));
    }
}
