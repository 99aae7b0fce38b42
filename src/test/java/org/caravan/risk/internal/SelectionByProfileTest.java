package org.caravan.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.caravan.reference.CountryCode;
import org.caravan.reference.ReferenceData;
import org.caravan.risk.Lane;
import org.caravan.risk.RiskReason;
import org.caravan.risk.RiskResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Without an inspection budget, the lane follows the strictest reason and the total score against the profile's thresholds. */
class SelectionByProfileTest {

    static final RiskProfile BUNDLED = PilotDetectors.bundled(ReferenceData.inMemory());
    static final CountryCode KZ = CountryCode.of("KZ");
    static final ParcelSelection NO_RANDOM = new ParcelSelection(Map.of(), new RandomSelection("salt"),
            Optional.of(BigDecimal.ZERO));

    static RiskReason finding(int score, Lane atLeast) {
        return new RiskReason("crafted", "a finding", score, atLeast);
    }

    @ParameterizedTest(name = "score {0} -> {1}")
    @CsvSource({"0, GREEN", "29, GREEN", "30, YELLOW", "59, YELLOW", "60, RED", "200, RED"})
    void theTotalScoreAgainstTheProfilesThresholdsPicksTheLane(int score, Lane lane) {
        // yellowScore 30 and redScore 60 in the bundled profile
        RiskResult result = NO_RANDOM.select("CRV1", KZ, List.of(finding(score, Lane.GREEN)), BUNDLED);
        assertThat(result.score()).isEqualTo(score);
        assertThat(result.lane()).isEqualTo(lane);
    }

    @Test
    void scoresOfSeveralReasonsAddUp() {
        assertThat(NO_RANDOM.select("CRV1", KZ, List.of(finding(20, Lane.GREEN), finding(20, Lane.GREEN),
                finding(20, Lane.GREEN)), BUNDLED).lane()).isEqualTo(Lane.RED);
    }

    @Test
    void aReasonAskingForALaneGetsItWhateverTheScore() {
        assertThat(NO_RANDOM.select("CRV1", KZ, List.of(finding(0, Lane.RED)), BUNDLED).lane()).isEqualTo(Lane.RED);
    }

    @Test
    void withoutAConfiguredRateTheProfilesRateApplies() {
        ParcelSelection profileRate = new ParcelSelection(Map.of(), new RandomSelection("salt"), Optional.empty());
        long selected = java.util.stream.IntStream.range(0, 20_000)
                .filter(i -> profileRate.select("CRV" + i, KZ, List.of(), BUNDLED).lane() == Lane.RED).count();
        // the bundled 1 %: 200 expected, deviation about 14
        assertThat(selected).isBetween(130L, 270L);
    }
}
