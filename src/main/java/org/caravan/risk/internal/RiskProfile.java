package org.caravan.risk.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.caravan.risk.RiskReason;

/**
 * A risk profile compiled from its document, once per version: the lane thresholds, the
 * share selected at random, the weight of each signal and the rules as predicates. Its
 * {@code basis} states where the numbers come from.
 *
 * @param jurisdiction the administration's country code, or {@code *} for the bundled default
 */
public record RiskProfile(String id, String jurisdiction, ProfileRule.Validity validity, String basis, int yellowScore,
        int redScore, BigDecimal randomInspectionRate, Map<String, SignalWeight> weights, List<ProfileRule> rules) {

    public static final String ANY_JURISDICTION = "*";

    public RiskProfile {
        weights = Map.copyOf(weights);
        rules = List.copyOf(rules);
    }

    public boolean covers(LocalDate on) {
        return validity.covers(on);
    }

    /**
     * Every signal becomes a reason, weighed or not, so nothing a detector found is hidden
     * from the officer; then every rule whose conditions hold adds its own.
     */
    public void weigh(Screened s, Consumer<RiskReason> reasons) {
        for (RiskSignal signal : s.signals()) {
            SignalWeight weight = weights.getOrDefault(signal.name(), SignalWeight.UNWEIGHED);
            reasons.accept(new RiskReason(signal.name(), signal.reason(), weight.scoreAt(signal.strength()),
                    weight.atLeast(), weight.requestDocument()));
        }
        for (ProfileRule rule : rules) {
            rule.apply(s).ifPresent(reasons);
        }
    }

    static void share(String setting, BigDecimal rate) {
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidRiskProfile(setting + " must be a share between 0 and 1, not " + rate.toPlainString());
        }
    }
}
