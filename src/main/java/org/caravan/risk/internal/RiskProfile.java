package org.caravan.risk.internal;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.caravan.filing.MatchSignal;
import org.caravan.reference.HsCode;

/**
 * The administration's risk settings: score thresholds of the lanes, the weight of each
 * finding, value and mass floors and the share of parcels selected at random. Its
 * {@code basis} states where the numbers come from. A profile that does not hold
 * together is refused when built, naming the setting.
 *
 * @param minimumUnitValueUsd floors per six-digit HS subheading
 */
public record RiskProfile(String basis, int yellowScore, int redScore, BigDecimal randomInspectionRate,
        Map<MatchSignal.Kind, Integer> signalScores, int inconsistentValueScore, int undervaluationScore,
        Map<String, BigDecimal> minimumUnitValueUsd, int implausibleMassScore, BigDecimal minimumGrossMassKgPerUnit) {

    public RiskProfile {
        if (basis == null || basis.isBlank()) {
            throw new InvalidRiskProfile("basis must say where the profile's numbers come from");
        }
        nonNegative("yellowScore", yellowScore);
        nonNegative("redScore", redScore);
        if (redScore <= yellowScore) {
            throw new InvalidRiskProfile("redScore (" + redScore + ") must be above yellowScore (" + yellowScore + ")");
        }
        share("randomInspectionRate", randomInspectionRate);
        for (MatchSignal.Kind kind : MatchSignal.Kind.values()) {
            Integer score = signalScores.get(kind);
            if (score == null) {
                throw new InvalidRiskProfile("signalScores." + kind + " is missing");
            }
            nonNegative("signalScores." + kind, score);
        }
        signalScores = Map.copyOf(new EnumMap<>(signalScores));
        nonNegative("inconsistentValueScore", inconsistentValueScore);
        nonNegative("undervaluationScore", undervaluationScore);
        minimumUnitValueUsd.forEach((subheading, floor) -> {
            if (subheading.length() != 6 || !HsCode.isWellFormed(subheading)) {
                throw new InvalidRiskProfile("minimumUnitValueUsd." + subheading + " is not a six-digit HS subheading");
            }
            if (floor.signum() <= 0) {
                throw new InvalidRiskProfile("minimumUnitValueUsd." + subheading + " must be above zero");
            }
        });
        minimumUnitValueUsd = Map.copyOf(minimumUnitValueUsd);
        nonNegative("implausibleMassScore", implausibleMassScore);
        if (minimumGrossMassKgPerUnit.signum() < 0) {
            throw new InvalidRiskProfile("minimumGrossMassKgPerUnit must not be negative");
        }
    }

    public int signalScore(MatchSignal.Kind kind) {
        return signalScores.get(kind);
    }

    /** The value floor per unit for the item's subheading, if the profile sets one. */
    public Optional<BigDecimal> minimumUnitValueUsd(HsCode code) {
        return Optional.ofNullable(minimumUnitValueUsd.get(code.subheading()));
    }

    /** The same profile with the share of random selection a deployment configured. */
    public RiskProfile withRandomInspectionRate(BigDecimal rate) {
        return new RiskProfile(basis, yellowScore, redScore, rate, signalScores, inconsistentValueScore,
                undervaluationScore, minimumUnitValueUsd, implausibleMassScore, minimumGrossMassKgPerUnit);
    }

    static void share(String setting, BigDecimal rate) {
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidRiskProfile(setting + " must be a share between 0 and 1, not " + rate.toPlainString());
        }
    }

    private static void nonNegative(String setting, int score) {
        if (score < 0) {
            throw new InvalidRiskProfile(setting + " must not be negative");
        }
    }
}
