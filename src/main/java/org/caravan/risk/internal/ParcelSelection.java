package org.caravan.risk.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.caravan.filing.FiledConsignment;
import org.caravan.reference.CountryCode;
import org.caravan.risk.Lane;
import org.caravan.risk.RiskReason;
import org.caravan.risk.RiskResult;
import org.caravan.risk.Selection;

/**
 * The final step of screening: from the reasons found, the lane and why the parcel was
 * selected. In order: a reason that asks for inspection (prohibited goods, a watchlist hit)
 * always goes (MANDATORY); then the jurisdiction's inspection budget, filled by score
 * (TARGETED); a reason or score that asks for documents gives a documentary check; and of the
 * parcels left green, the random share is drawn (RANDOM) to measure the flow without bias.
 */
public final class ParcelSelection {

    private final RiskProfile profile;
    private final Map<CountryCode, JurisdictionSelection> configured;
    private final JurisdictionSelection unconfigured;

    ParcelSelection(RiskProfile profile, Map<CountryCode, JurisdictionSelection> configured,
            JurisdictionSelection unconfigured) {
        this.profile = profile;
        this.configured = Map.copyOf(configured);
        this.unconfigured = unconfigured;
    }

    /** Selection by the profile's red score and random rate alone, in every jurisdiction. */
    public static ParcelSelection byProfile(RiskProfile profile, RandomSelection random) {
        return new ParcelSelection(profile, Map.of(), new JurisdictionSelection(null, random));
    }

    /** The same settings with windows of their own: a candidate's budget must not move production's threshold. */
    public ParcelSelection fresh(RiskProfile candidate) {
        Map<CountryCode, JurisdictionSelection> copies = new HashMap<>();
        configured.forEach((code, s) -> copies.put(code, s.fresh(candidate)));
        return new ParcelSelection(candidate, copies, unconfigured.fresh(candidate));
    }

    public RiskResult select(FiledConsignment consignment, CountryCode jurisdiction, List<RiskReason> found) {
        List<RiskReason> reasons = new ArrayList<>(found);
        int score = reasons.stream().mapToInt(RiskReason::score).sum();
        Lane asked = reasons.stream().map(RiskReason::atLeast).max(Comparator.naturalOrder()).orElse(Lane.GREEN);
        JurisdictionSelection selection = configured.getOrDefault(jurisdiction, unconfigured);
        // every parcel's score enters the window, or the threshold would only see the ones below it
        boolean withinBudget = selection.withinBudget(score, consignment.trackingNumber(), profile);
        if (asked == Lane.RED) {
            return new RiskResult(Lane.RED, score, List.copyOf(reasons), Selection.MANDATORY);
        }
        if (withinBudget) {
            return new RiskResult(Lane.RED, score, List.copyOf(reasons), Selection.TARGETED);
        }
        if (asked == Lane.YELLOW) {
            return new RiskResult(Lane.YELLOW, score, List.copyOf(reasons), Selection.MANDATORY);
        }
        if (score >= profile.yellowScore()) {
            return new RiskResult(Lane.YELLOW, score, List.copyOf(reasons), Selection.TARGETED);
        }
        if (selection.random().selects(consignment.trackingNumber())) {
            reasons.add(new RiskReason("random-selection", "selected at random for control (rate "
                    + selection.random().rate() + ")", 0, Lane.RED));
            return new RiskResult(Lane.RED, score, List.copyOf(reasons), Selection.RANDOM);
        }
        return new RiskResult(Lane.GREEN, score, List.copyOf(reasons), Selection.NONE);
    }

    /** The threshold a jurisdiction's budget has reached, for the sandbox report and tests; empty without a budget. */
    public OptionalDouble threshold(CountryCode jurisdiction) {
        JurisdictionSelection s = configured.get(jurisdiction);
        return s == null || s.budget() == null ? OptionalDouble.empty()
                : OptionalDouble.of(s.budget().threshold());
    }

    /**
     * One jurisdiction's way of selecting: its budget's threshold, or none (the profile's red
     * score decides, as it did before budgets), and its random draw.
     */
    record JurisdictionSelection(ScoreThreshold budget, RandomSelection random) {

        boolean withinBudget(int score, String trackingNumber, RiskProfile profile) {
            if (budget == null) {
                return score >= profile.redScore();
            }
            // a parcel with no finding is never targeted, however small the budget's threshold
            return budget.reaches(score + tieBreak(trackingNumber)) && score > 0;
        }

        JurisdictionSelection fresh(RiskProfile candidate) {
            return new JurisdictionSelection(budget == null ? null : budget.fresh(candidate.redScore()), random);
        }

        /** A fraction in [0, 1) fixed per parcel: orders parcels of equal score without changing any other order. */
        private static double tieBreak(String trackingNumber) {
            long h = trackingNumber.hashCode() * 0x9E3779B97F4A7C15L;
            h ^= h >>> 29;
            h *= 0xBF58476D1CE4E5B9L;
            h ^= h >>> 32;
            return (h >>> 11) * 0x1.0p-53;
        }
    }
}
