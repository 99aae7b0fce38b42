package org.caravan.risk.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.caravan.reference.CountryCode;
import org.caravan.risk.Lane;
import org.caravan.risk.RiskReason;
import org.caravan.risk.RiskResult;
import org.caravan.risk.Selection;

/**
 * The final step of screening: from the reasons found, the lane and why the parcel was
 * selected. In order: a reason that asks for inspection (prohibited goods, a watchlist hit)
 * always goes (MANDATORY); then the jurisdiction's inspection budget, filled by score
 * (TARGETED), or without a budget the profile's red score; a reason or score that asks for
 * documents gives a documentary check; and of the parcels left green, the random share is
 * drawn (RANDOM) to measure the flow without bias. Kept apart from what is found, so how
 * parcels are selected can change without touching the profile.
 */
public final class ParcelSelection {

    private final Map<CountryCode, JurisdictionSelection> configured;
    private final RandomSelection random;
    private final Optional<BigDecimal> configuredRate;

    /** {@code configuredRate}, when a deployment sets one, replaces the profiles' random rate where no jurisdiction sets its own. */
    ParcelSelection(Map<CountryCode, JurisdictionSelection> configured, RandomSelection random,
            Optional<BigDecimal> configuredRate) {
        this.configured = Map.copyOf(configured);
        this.random = random;
        this.configuredRate = configuredRate;
    }

    /** Selection by the profiles' thresholds alone, in every jurisdiction, at their random rates or the one configured. */
    public static ParcelSelection byProfile(RandomSelection random, Optional<BigDecimal> configuredRate) {
        return new ParcelSelection(Map.of(), random, configuredRate);
    }

    /** The same settings with windows of their own: a candidate's budget must not move production's threshold. */
    public ParcelSelection fresh() {
        Map<CountryCode, JurisdictionSelection> copies = new HashMap<>();
        configured.forEach((code, s) -> copies.put(code, s.fresh()));
        return new ParcelSelection(copies, random, configuredRate);
    }

    public RiskResult select(String trackingNumber, CountryCode jurisdiction, List<RiskReason> found, RiskProfile profile) {
        int score = 0;
        Lane asked = Lane.GREEN;
        for (RiskReason reason : found) {
            score += reason.score();
            if (reason.atLeast().compareTo(asked) > 0) {
                asked = reason.atLeast();
            }
        }
        JurisdictionSelection selection = configured.get(jurisdiction);
        // every parcel's score enters the window, or the threshold would only see the ones above it
        boolean withinBudget = selection == null || selection.budget() == null ? score >= profile.redScore()
                : selection.withinBudget(score, trackingNumber, profile.redScore());
        List<RiskReason> reasons = List.copyOf(found);
        if (asked == Lane.RED) {
            return new RiskResult(Lane.RED, score, reasons, Selection.MANDATORY);
        }
        if (withinBudget) {
            return new RiskResult(Lane.RED, score, reasons, Selection.TARGETED);
        }
        if (asked == Lane.YELLOW) {
            return new RiskResult(Lane.YELLOW, score, reasons, Selection.MANDATORY);
        }
        if (score >= profile.yellowScore()) {
            return new RiskResult(Lane.YELLOW, score, reasons, Selection.TARGETED);
        }
        BigDecimal rate = randomShare(selection, profile);
        if (random.selects(trackingNumber, rate)) {
            List<RiskReason> drawn = new ArrayList<>(found);
            drawn.add(new RiskReason("random-selection", "selected at random for control (rate " + rate.toPlainString()
                    + ")", 0, Lane.RED));
            return new RiskResult(Lane.RED, score, List.copyOf(drawn), Selection.RANDOM);
        }
        return new RiskResult(Lane.GREEN, score, reasons, Selection.NONE);
    }

    private BigDecimal randomShare(JurisdictionSelection selection, RiskProfile profile) {
        if (selection != null && selection.randomShare().isPresent()) {
            return selection.randomShare().get();
        }
        return configuredRate.orElse(profile.randomInspectionRate());
    }

    /** The threshold a jurisdiction's budget has reached, for the sandbox report and tests; empty without a budget. */
    public OptionalDouble threshold(CountryCode jurisdiction) {
        JurisdictionSelection s = configured.get(jurisdiction);
        return s == null || s.budget() == null ? OptionalDouble.empty() : s.budget().threshold();
    }

    /**
     * One jurisdiction's way of selecting: its budget's threshold, or none (the profile's red
     * score decides, as it did before budgets), and its own random share, if it sets one.
     */
    record JurisdictionSelection(ScoreThreshold budget, Optional<BigDecimal> randomShare) {

        boolean withinBudget(int score, String trackingNumber, int redScore) {
            // a parcel with no finding is never targeted, however small the budget's threshold
            return budget.reaches(score + tieBreak(trackingNumber), redScore) && score > 0;
        }

        JurisdictionSelection fresh() {
            return new JurisdictionSelection(budget == null ? null : budget.fresh(), randomShare);
        }

        /** A fraction from 0 up to, not including, 1, fixed per parcel: orders equal scores and no others. */
        private static double tieBreak(String trackingNumber) {
            long h = trackingNumber.hashCode() * 0x9E3779B97F4A7C15L;
            h ^= h >>> 29;
            h *= 0xBF58476D1CE4E5B9L;
            h ^= h >>> 32;
            return (h >>> 11) * 0x1.0p-53;
        }
    }
}
