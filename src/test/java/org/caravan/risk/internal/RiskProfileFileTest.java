package org.caravan.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.caravan.filing.MatchSignal;
import org.caravan.reference.HsCode;
import org.caravan.reference.internal.CsvRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A risk profile that does not hold together is refused when read, naming the setting. */
class RiskProfileFileTest {

    static final Set<String> PILOT_TARIFF = CsvRows.classpath("reference/pilot-tariff.csv").stream()
            .map(row -> row.get("hs_code")).collect(Collectors.toUnmodifiableSet());
    static final Predicate<HsCode> KNOWN = code -> PILOT_TARIFF.contains(code.subheading());

    @Test
    void theBundledProfileIsBoundToEverySetting() {
        RiskProfile profile = RiskProfileFile.read(RiskProfileFile.BUNDLED, KNOWN);
        assertThat(profile.basis()).contains("risk-management settings of the participating administrations");
        assertThat(profile.yellowScore()).isEqualTo(30);
        assertThat(profile.redScore()).isEqualTo(60);
        assertThat(profile.randomInspectionRate()).isEqualByComparingTo("0.01");
        assertThat(profile.signalScores()).containsOnlyKeys(MatchSignal.Kind.values());
        assertThat(profile.signalScore(MatchSignal.Kind.VALUE_MISMATCH)).isEqualTo(40);
        assertThat(profile.inconsistentValueScore()).isEqualTo(30);
        assertThat(profile.undervaluationScore()).isEqualTo(45);
        assertThat(profile.minimumUnitValueUsd(new HsCode("8517130000"))).hasValue(new BigDecimal("30"));
        assertThat(profile.minimumUnitValueUsd(new HsCode("610910"))).isEmpty();
        assertThat(profile.implausibleMassScore()).isEqualTo(30);
        assertThat(profile.minimumGrossMassKgPerUnit()).isEqualByComparingTo("0.005");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            misspelled-signal-kind | signalScores.VALUE_MISMACH is not a match signal kind
            missing-signal-kind    | signalScores.PAYMENT_MISMATCH is missing
            missing-red-score      | redScore is missing
            misspelled-setting     | yelowScore is not a setting of the risk profile
            score-as-text          | yellowScore must be a whole number, not "30"
            rate-as-number         | randomInspectionRate must be a decimal number written as a string, not 0.01
            negative-score         | undervaluationScore must not be negative
            red-not-above-yellow   | redScore (30) must be above yellowScore (30)
            rate-above-one         | randomInspectionRate must be a share between 0 and 1, not 1.5
            unknown-subheading     | minimumUnitValueUsd.999999 is not a subheading of the HS nomenclature
            heading-not-subheading | minimumUnitValueUsd.8517 is not a six-digit HS subheading
            negative-mass-floor    | minimumGrossMassKgPerUnit must not be negative
            no-basis               | basis must say where the profile's numbers come from
            """)
    void aBrokenProfileIsRefusedNamingTheSetting(String file, String message) {
        assertThatThrownBy(() -> RiskProfileFile.read("risk/broken/" + file + ".json", KNOWN))
                .isInstanceOf(InvalidRiskProfile.class).hasMessage(message);
    }

    @Test
    void aSettingGivenTwiceIsRefused() {
        assertThatThrownBy(() -> RiskProfileFile.read("risk/broken/duplicate-setting.json", KNOWN))
                .isInstanceOf(InvalidRiskProfile.class).hasMessageContaining("yellowScore");
    }

    @Test
    void aMissingFileIsRefused() {
        assertThatThrownBy(() -> RiskProfileFile.read("risk/no-such-profile.json", KNOWN))
                .isInstanceOf(InvalidRiskProfile.class).hasMessage("no risk profile at risk/no-such-profile.json");
    }

    @Test
    void aConfiguredRandomRateReplacesTheProfilesAndIsCheckedAlike() {
        RiskProfile bundled = RiskProfileFile.read(RiskProfileFile.BUNDLED, KNOWN);
        assertThat(RiskSettings.withConfiguredRate(bundled, "0").randomInspectionRate()).isZero();
        assertThat(RiskSettings.withConfiguredRate(bundled, "").randomInspectionRate()).isEqualByComparingTo("0.01");
        assertThatThrownBy(() -> RiskSettings.withConfiguredRate(bundled, "-0.1")).isInstanceOf(InvalidRiskProfile.class)
                .hasMessage("caravan.risk.random-inspection-rate must be a share between 0 and 1, not -0.1");
        assertThatThrownBy(() -> RiskSettings.withConfiguredRate(bundled, "one percent")).isInstanceOf(InvalidRiskProfile.class)
                .hasMessage("caravan.risk.random-inspection-rate must be a decimal number, not one percent");
    }
}
