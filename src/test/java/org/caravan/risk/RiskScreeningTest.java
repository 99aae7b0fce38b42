package org.caravan.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravan.risk.ParcelBuilder.honest;
import static org.caravan.risk.ParcelBuilder.item;

import java.math.BigDecimal;
import java.util.List;

import org.caravan.filing.FiledConsignment;
import org.caravan.filing.MatchSignal;
import org.caravan.reference.CountryCode;
import org.caravan.reference.ReferenceData;
import org.caravan.risk.internal.PilotRules;
import org.caravan.risk.internal.RandomSelection;
import org.caravan.risk.internal.RiskProfile;
import org.caravan.risk.internal.RiskProfileFile;
import org.caravan.risk.internal.RiskRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Selectivity: the lane follows the strictest reason, the score thresholds and random selection. */
class RiskScreeningTest {

    static final ReferenceData REFERENCE = ReferenceData.inMemory();
    static final RiskProfile PROFILE = RiskProfileFile.read(RiskProfileFile.BUNDLED, REFERENCE.nomenclature()::isKnown);
    static final CountryCode KZ = CountryCode.of("KZ");
    static final RandomSelection NEVER = new RandomSelection(BigDecimal.ZERO, "salt");
    static final RandomSelection ALWAYS = new RandomSelection(BigDecimal.ONE, "salt");

    static RiskScreening pilot(RandomSelection random) {
        return new RiskScreening(PilotRules.of(REFERENCE, PROFILE), PROFILE, random);
    }

    /** A rule that always reports one finding of the given weight and lane. */
    static RiskRule finding(int score, Lane atLeast) {
        return (c, jurisdiction, reasons) -> reasons.accept(new RiskReason("crafted", "a finding", score, atLeast));
    }

    @Test
    void anHonestParcelIsGreenWithoutReasons() {
        RiskResult result = pilot(NEVER).screen(honest().build(), KZ);
        assertThat(result.lane()).isEqualTo(Lane.GREEN);
        assertThat(result.score()).isZero();
        assertThat(result.reasons()).isEmpty();
    }

    @ParameterizedTest(name = "score {0} -> {1}")
    @CsvSource({"0, GREEN", "29, GREEN", "30, YELLOW", "59, YELLOW", "60, RED", "200, RED"})
    void theTotalScoreAgainstTheProfilesThresholdsPicksTheLane(int score, Lane lane) {
        // yellowScore 30 and redScore 60 in the pilot profile
        RiskScreening screening = new RiskScreening(List.of(finding(score, Lane.GREEN)), PROFILE, NEVER);
        RiskResult result = screening.screen(honest().build(), KZ);
        assertThat(result.score()).isEqualTo(score);
        assertThat(result.lane()).isEqualTo(lane);
    }

    @Test
    void scoresOfSeveralRulesAddUp() {
        RiskScreening screening = new RiskScreening(List.of(finding(20, Lane.GREEN), finding(20, Lane.GREEN),
                finding(20, Lane.GREEN)), PROFILE, NEVER);
        assertThat(screening.screen(honest().build(), KZ).lane()).isEqualTo(Lane.RED);
    }

    @Test
    void aReasonAskingForALaneGetsItWhateverTheScore() {
        RiskScreening screening = new RiskScreening(List.of(finding(0, Lane.RED)), PROFILE, NEVER);
        assertThat(screening.screen(honest().build(), KZ).lane()).isEqualTo(Lane.RED);
    }

    @Test
    void medicinesGoToTheYellowLaneForADocumentaryCheck() {
        RiskResult result = pilot(NEVER).screen(honest().items(item("300490", 1, "12.00", "USD")).build(), KZ);
        assertThat(result.lane()).isEqualTo(Lane.YELLOW);
        assertThat(result.reasons()).extracting(RiskReason::rule).containsExactly("documents-required");
    }

    @Test
    void oneOrderDiscrepancyIsYellowAndTwoAreRed() {
        FiledConsignment noOrder = honest().signal(MatchSignal.Kind.ORDER_NOT_FOUND).build();
        assertThat(pilot(NEVER).screen(noOrder, KZ).lane()).isEqualTo(Lane.YELLOW);
        FiledConsignment twoMismatches = honest().signal(MatchSignal.Kind.VALUE_MISMATCH)
                .signal(MatchSignal.Kind.CONSIGNEE_MISMATCH).build();
        RiskResult result = pilot(NEVER).screen(twoMismatches, KZ);
        assertThat(result.score()).isEqualTo(65);
        assertThat(result.lane()).isEqualTo(Lane.RED);
    }

    @Test
    void undervaluedPhonesWithAValueMismatchAreInspected() {
        FiledConsignment phones = honest().items(item("851713", 3, "45.00", "USD")).signal(MatchSignal.Kind.VALUE_MISMATCH)
                .build();
        RiskResult result = pilot(NEVER).screen(phones, KZ);
        assertThat(result.reasons()).extracting(RiskReason::rule).containsExactly("value-mismatch", "undervaluation");
        assertThat(result.lane()).isEqualTo(Lane.RED);
    }

    @Test
    void randomSelectionSendsAGreenParcelToInspectionWithItsReason() {
        RiskResult result = pilot(ALWAYS).screen(honest().build(), KZ);
        assertThat(result.lane()).isEqualTo(Lane.RED);
        assertThat(result.score()).as("random selection adds no score").isZero();
        assertThat(result.reasons()).singleElement().satisfies(r -> {
            assertThat(r.rule()).isEqualTo("random-selection");
            assertThat(r.detail()).contains("rate 1");
        });
    }

    @Test
    void randomSelectionLeavesParcelsAlreadyOutOfTheGreenLaneAsTheyAre() {
        RiskResult result = pilot(ALWAYS).screen(honest().items(item("300490", 1, "12.00", "USD")).build(), KZ);
        assertThat(result.lane()).isEqualTo(Lane.YELLOW);
        assertThat(result.reasons()).extracting(RiskReason::rule).doesNotContain("random-selection");
    }
}
