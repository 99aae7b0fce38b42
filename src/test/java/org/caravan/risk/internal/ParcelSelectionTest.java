package org.caravan.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.IntSupplier;

import org.caravan.filing.FiledConsignment;
import org.caravan.reference.CountryCode;
import org.caravan.reference.ReferenceData;
import org.caravan.risk.Lane;
import org.caravan.risk.ParcelBuilder;
import org.caravan.risk.RiskReason;
import org.caravan.risk.RiskResult;
import org.caravan.risk.Selection;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Selection on a stream of parcels: the budget's share is met by score whatever the shape of
 * the scores, the random share is drawn from what would go green, mandatory reasons always go.
 */
class ParcelSelectionTest {

    static final ReferenceData REFERENCE = ReferenceData.inMemory();
    static final RiskProfile PROFILE = PilotDetectors.bundled(REFERENCE);
    static final CountryCode KZ = CountryCode.of("KZ");
    static final CountryCode UZ = CountryCode.of("UZ");
    static final RandomSelection DRAW = new RandomSelection("salt");

    static ParcelSelection configured(Map<String, Map<String, String>> settings) {
        return SelectionSettings.of(DRAW, BigDecimal.ZERO, Optional.of(BigDecimal.ZERO), settings, code -> true,
                SelectionSettings.DEFAULT_WINDOW);
    }

    /** Selects with the bundled profile (yellow score 30, red 60). */
    static RiskResult select(ParcelSelection selection, FiledConsignment parcel, CountryCode jurisdiction,
            List<RiskReason> reasons) {
        return selection.select(parcel.trackingNumber(), jurisdiction, reasons, PROFILE);
    }

    static List<RiskReason> scored(int score) {
        return score == 0 ? List.of() : List.of(new RiskReason("crafted", "a finding", score, Lane.GREEN));
    }

    /**
     * Most parcels score nothing, the rest a long tail of whole scores with many ties: the
     * shape a rule profile gives, and the hard case for a quantile.
     */
    static IntSupplier skewed(long seed, double scale) {
        Random random = new Random(seed);
        return () -> random.nextDouble() < 0.7 ? 0 : (int) Math.min(300, Math.floor(scale * Math.exp(random.nextGaussian())));
    }

    /** The share of the last {@code measured} parcels of a stream that went by score (or a mandatory reason). */
    static double shareSelectedByScore(ParcelSelection selection, IntSupplier scores, int warmUp, int measured) {
        int selected = 0;
        for (int i = 0; i < warmUp + measured; i++) {
            FiledConsignment parcel = ParcelBuilder.honest().trackingNumber("CRVSEL" + i + "KZ").build();
            RiskResult result = select(selection, parcel, KZ, scored(scores.getAsInt()));
            if (i >= warmUp && result.lane() == Lane.RED && result.selection() == Selection.TARGETED) {
                selected++;
            }
        }
        return (double) selected / measured;
    }

    @Test
    void theShareSelectedByScoreConvergesToTheBudgetOnASkewedStream() {
        qt().withExamples(12).forAll(integers().between(1, 20), integers().between(1, 1_000_000))
                .checkAssert((percent, seed) -> {
                    double budget = percent / 100.0;
                    ParcelSelection selection = configured(Map.of("KZ", Map.of("budget", String.valueOf(budget))));
                    double share = shareSelectedByScore(selection, skewed(seed, 20), 10_000, 20_000);
                    assertThat(share).as("budget %s, seed %s", budget, seed).isCloseTo(budget,
                            offset(Math.max(0.004, budget * 0.1)));
                });
    }

    @Test
    void theThresholdFollowsTheScoresWhenTheyDrift() {
        ParcelSelection selection = configured(Map.of("KZ", Map.of("budget", "0.05")));
        shareSelectedByScore(selection, skewed(7, 10), 0, 20_000);
        double before = selection.threshold(KZ).orElseThrow();
        // the flow's scores triple (a new rule, a new fraud pattern): after a window the share is the budget again
        double share = shareSelectedByScore(selection, skewed(8, 30), SelectionSettings.DEFAULT_WINDOW, 20_000);
        assertThat(selection.threshold(KZ).orElseThrow()).isGreaterThan(before * 2);
        assertThat(share).isCloseTo(0.05, offset(0.005));
    }

    @Test
    void withoutABudgetTheProfilesRedScoreSelectsAsBefore() {
        ParcelSelection selection = configured(Map.of());
        FiledConsignment parcel = ParcelBuilder.honest().build();
        assertThat(select(selection, parcel, UZ, scored(60))).extracting(RiskResult::lane, RiskResult::selection)
                .containsExactly(Lane.RED, Selection.TARGETED);
        assertThat(select(selection, parcel, UZ, scored(45))).extracting(RiskResult::lane, RiskResult::selection)
                .containsExactly(Lane.YELLOW, Selection.TARGETED);
        assertThat(select(selection, parcel, UZ, scored(10))).extracting(RiskResult::lane, RiskResult::selection)
                .containsExactly(Lane.GREEN, Selection.NONE);
        assertThat(selection.threshold(UZ)).isEmpty();
    }

    @Test
    void theRandomShareIsDrawnFromParcelsThatWouldGoGreen() {
        ParcelSelection selection = configured(Map.of("KZ", Map.of("budget", "0.05", "random-share", "0.1")));
        IntSupplier scores = skewed(11, 20);
        int green = 0;
        int random = 0;
        for (int i = 0; i < 30_000; i++) {
            RiskResult result = select(selection, ParcelBuilder.honest().trackingNumber("CRVRND" + i + "KZ").build(), KZ,
                    scored(scores.getAsInt()));
            if (result.selection() == Selection.RANDOM) {
                random++;
                assertThat(result.lane()).isEqualTo(Lane.RED);
                assertThat(result.reasons()).extracting(RiskReason::rule).contains("random-selection");
            } else if (result.lane() == Lane.GREEN) {
                green++;
            }
        }
        // a tenth of those that would otherwise go green
        assertThat((double) random / (random + green)).isCloseTo(0.1, offset(0.006));
    }

    @Test
    void aReasonAskingForInspectionIsAlwaysSelectedWhateverTheBudget() {
        qt().withExamples(200).forAll(integers().between(0, 300), doubles().between(0.001, 0.2))
                .checkAssert((score, budget) -> {
                    ParcelSelection selection = configured(Map.of("KZ", Map.of("budget", String.valueOf(budget))));
                    // a stream whose scores all lie far above this parcel's
                    for (int i = 0; i < 200; i++) {
                        select(selection, ParcelBuilder.honest().build(), KZ, scored(1000));
                    }
                    RiskResult result = select(selection, ParcelBuilder.honest().build(), KZ, List.of(
                            new RiskReason("watchlist-consignee", "a listed name", score, Lane.RED)));
                    assertThat(result.lane()).isEqualTo(Lane.RED);
                    assertThat(result.selection()).isEqualTo(Selection.MANDATORY);
                });
    }

    @Test
    void aParcelWithoutFindingsIsNeverTargetedHoweverLowTheThreshold() {
        ParcelSelection selection = configured(Map.of("KZ", Map.of("budget", "0.5")));
        for (int i = 0; i < 1_000; i++) {
            RiskResult result = select(selection, ParcelBuilder.honest().build(), KZ, scored(0));
            assertThat(result.selection()).isEqualTo(Selection.NONE);
        }
    }

    @Test
    void topReasonsAreTheWeightiestFirst() {
        RiskResult result = select(configured(Map.of()), ParcelBuilder.honest().build(), UZ, List.of(
                new RiskReason("permit-checked", "valid permit", 0, Lane.GREEN),
                new RiskReason("implausible-mass", "light", 30, Lane.GREEN),
                new RiskReason("documents-required", "licensed", 0, Lane.YELLOW),
                new RiskReason("value-mismatch", "order differs", 40, Lane.GREEN),
                new RiskReason("undervaluation", "cheap", 45, Lane.GREEN)));
        assertThat(result.topReasons()).extracting(RiskReason::rule)
                .containsExactly("undervaluation", "value-mismatch", "implausible-mass");
        assertThat(result.reasons()).hasSize(5);
    }

    @Test
    void budgetsAreReadPerJurisdictionFromTheEnvironment() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("deployment", Map.of(
                "caravan.risk.selection.KZ.budget", "0.05", "caravan.risk.selection.KZ.random-share", "0.02")));
        ParcelSelection selection = new SelectionSettings().parcelSelection(environment, REFERENCE.jurisdictions(),
                new ProfileCatalog(PROFILE), SelectionSettings.DEFAULT_WINDOW, "0", "salt");
        assertThat(selection.threshold(KZ)).as("no quantile until the window warms up").isEmpty();
        for (int i = 0; i < ScoreThreshold.WARM_UP; i++) {
            select(selection, ParcelBuilder.honest().trackingNumber("CRVENV" + i + "KZ").build(), KZ, scored(i));
        }
        assertThat(selection.threshold(KZ)).as("a budget of 5 %% of scores 0..99").isPresent();
        assertThat(selection.threshold(UZ)).isEmpty();

        environment.getPropertySources().addFirst(new MapPropertySource("typo", Map.of(
                "caravan.risk.selection.KZ.budget", "5%")));
        assertThatThrownBy(() -> new SelectionSettings().parcelSelection(environment, REFERENCE.jurisdictions(),
                new ProfileCatalog(PROFILE), SelectionSettings.DEFAULT_WINDOW, "0", "salt"))
                .isInstanceOf(InvalidRiskProfile.class).hasMessageContaining("caravan.risk.selection.KZ.budget");
    }

    @Test
    void settingsThatDoNotHoldTogetherAreRefusedNamingTheProperty() {
        assertThatThrownBy(() -> configured(Map.of("KZ", Map.of("budget", "1.5"))))
                .isInstanceOf(InvalidRiskProfile.class).hasMessageContaining("caravan.risk.selection.KZ.budget");
        assertThatThrownBy(() -> configured(Map.of("KZ", Map.of("budget", "five per cent"))))
                .isInstanceOf(InvalidRiskProfile.class).hasMessageContaining("caravan.risk.selection.KZ.budget");
        assertThatThrownBy(() -> configured(Map.of("KZ", Map.of("budget", "0"))))
                .isInstanceOf(InvalidRiskProfile.class).hasMessageContaining("caravan.risk.selection.KZ.budget");
        assertThatThrownBy(() -> configured(Map.of("KZ", Map.of("random-share", "-0.1"))))
                .isInstanceOf(InvalidRiskProfile.class).hasMessageContaining("caravan.risk.selection.KZ.random-share");
        assertThatThrownBy(() -> configured(Map.of("KZ", Map.of("budget", "0.7", "random-share", "0.4"))))
                .isInstanceOf(InvalidRiskProfile.class).hasMessageContaining("must not pass 1");
        assertThatThrownBy(() -> configured(Map.of("KZ", Map.of("budjet", "0.1"))))
                .isInstanceOf(InvalidRiskProfile.class).hasMessageContaining("caravan.risk.selection.KZ.budjet");
        assertThatThrownBy(() -> SelectionSettings.of(DRAW, BigDecimal.ZERO, Optional.empty(), Map.of("XX", Map.of("budget", "0.1")),
                code -> !code.value().equals("XX"), SelectionSettings.DEFAULT_WINDOW))
                .isInstanceOf(InvalidRiskProfile.class).hasMessageContaining("caravan.risk.selection.XX");
    }
}
