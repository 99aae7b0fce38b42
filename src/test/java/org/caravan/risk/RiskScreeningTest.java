package org.caravan.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravan.risk.ParcelBuilder.honest;
import static org.caravan.risk.ParcelBuilder.item;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.caravan.filing.FiledConsignment;
import org.caravan.filing.MatchSignal;
import org.caravan.reference.CountryCode;
import org.caravan.reference.ReferenceData;
import org.caravan.risk.internal.PilotDetectors;
import org.caravan.risk.internal.ParcelSelection;
import org.caravan.risk.internal.ProfileCatalog;
import org.caravan.risk.internal.RandomSelection;
import org.caravan.risk.internal.ScreeningObserver;
import org.caravan.risk.internal.RiskProfileFile;
import org.junit.jupiter.api.Test;

/** Screening with the bundled profile: detectors find, the profile in force weighs, the lane decision decides. */
class RiskScreeningTest {

    static final ReferenceData REFERENCE = ReferenceData.inMemory();
    static final CountryCode KZ = CountryCode.of("KZ");

    static RiskScreening screening(ProfileCatalog catalog, String randomRate) {
        return new RiskScreening(PilotDetectors.of(REFERENCE), catalog,
                ParcelSelection.byProfile(new RandomSelection("salt"), Optional.of(new BigDecimal(randomRate))),
                PilotDetectors.vocabulary(REFERENCE), REFERENCE.rates(), REFERENCE.jurisdictions(), ScreeningObserver.NONE);
    }

    static RiskScreening pilot(String randomRate) {
        return screening(new ProfileCatalog(PilotDetectors.bundled(REFERENCE)), randomRate);
    }

    static final RiskScreening NEVER = pilot("0");

    @Test
    void anHonestParcelIsGreenWithoutReasons() {
        RiskResult result = NEVER.screen(honest().build(), KZ);
        assertThat(result.lane()).isEqualTo(Lane.GREEN);
        assertThat(result.score()).isZero();
        assertThat(result.reasons()).isEmpty();
    }

    @Test
    void medicinesGoToTheYellowLaneAndTheBundledProfileLeavesTheOfficerToChooseWhatToAsk() {
        RiskResult result = NEVER.screen(honest().items(item("300490", 1, "12.00", "USD")).build(), KZ);
        assertThat(result.lane()).isEqualTo(Lane.YELLOW);
        assertThat(result.reasons()).extracting(RiskReason::rule).containsExactly("documents-required");
        assertThat(result.documentRequests()).isEmpty();
    }

    @Test
    void aMissingOrderAloneIsWeighedBelowTheYellowThresholdAndStaysGreenWithItsReason() {
        RiskResult result = NEVER.screen(honest().signal(MatchSignal.Kind.ORDER_NOT_FOUND).build(), KZ);
        assertThat(result.lane()).isEqualTo(Lane.GREEN);
        assertThat(result.score()).isEqualTo(20);
        assertThat(result.reasons()).extracting(RiskReason::rule).containsExactly("order-not-found");
    }

    @Test
    void aMissingOrderWithAnotherFindingReachesTheYellowLane() {
        FiledConsignment twoFindings = honest().signal(MatchSignal.Kind.ORDER_NOT_FOUND).grossMassKg("0.001").build();
        RiskResult result = NEVER.screen(twoFindings, KZ);
        assertThat(result.score()).isEqualTo(50);
        assertThat(result.lane()).isEqualTo(Lane.YELLOW);
    }

    @Test
    void twoOrderDiscrepanciesAreRed() {
        FiledConsignment twoMismatches = honest().signal(MatchSignal.Kind.VALUE_MISMATCH)
                .signal(MatchSignal.Kind.CONSIGNEE_MISMATCH).build();
        RiskResult result = NEVER.screen(twoMismatches, KZ);
        assertThat(result.score()).isEqualTo(65);
        assertThat(result.lane()).isEqualTo(Lane.RED);
    }

    @Test
    void undervaluedPhonesWithAValueMismatchAreInspected() {
        FiledConsignment phones = honest().items(item("851713", 3, "45.00", "USD")).signal(MatchSignal.Kind.VALUE_MISMATCH)
                .build();
        RiskResult result = NEVER.screen(phones, KZ);
        assertThat(result.reasons()).extracting(RiskReason::rule).containsExactly("value-mismatch", "value-floor-smartphones");
        assertThat(result.score()).isEqualTo(85);
        assertThat(result.lane()).isEqualTo(Lane.RED);
    }

    @Test
    void randomSelectionSendsAGreenParcelToInspectionWithItsReason() {
        RiskResult result = pilot("1").screen(honest().build(), KZ);
        assertThat(result.lane()).isEqualTo(Lane.RED);
        assertThat(result.score()).as("random selection adds no score").isZero();
        assertThat(result.reasons()).singleElement().satisfies(r -> {
            assertThat(r.rule()).isEqualTo("random-selection");
            assertThat(r.detail()).contains("rate 1");
        });
    }

    @Test
    void randomSelectionLeavesParcelsAlreadyOutOfTheGreenLaneAsTheyAre() {
        RiskResult result = pilot("1").screen(honest().items(item("300490", 1, "12.00", "USD")).build(), KZ);
        assertThat(result.lane()).isEqualTo(Lane.YELLOW);
        assertThat(result.reasons()).extracting(RiskReason::rule).doesNotContain("random-selection");
    }

    static final String KZ_2027 = """
            id: kz-2027
            jurisdiction: KZ
            validFrom: 2027-01-01
            basis: crafted for the test
            yellowScore: 30
            redScore: 60
            randomInspectionRate: 0
            signals:
              order-not-found: {score: 35}
            """;

    @Test
    void theVersionWhoseValidityCoversTheFilingDateApplies() {
        ProfileCatalog catalog = new ProfileCatalog(PilotDetectors.bundled(REFERENCE));
        catalog.replace(Map.of("KZ", List.of(RiskProfileFile.read(KZ_2027, ProfileFormat.YAML,
                PilotDetectors.vocabulary(REFERENCE)))));
        RiskScreening screening = screening(catalog, "0");
        FiledConsignment thisYear = honest().signal(MatchSignal.Kind.ORDER_NOT_FOUND).build();
        FiledConsignment nextYear = honest().signal(MatchSignal.Kind.ORDER_NOT_FOUND).filedAt("2027-01-02T06:00:00Z").build();
        assertThat(screening.screen(thisYear, KZ).lane()).as("the bundled profile before 2027").isEqualTo(Lane.GREEN);
        assertThat(screening.screen(nextYear, KZ).lane()).isEqualTo(Lane.YELLOW);
        assertThat(screening.screen(nextYear, CountryCode.of("UZ")).lane()).as("another jurisdiction")
                .isEqualTo(Lane.GREEN);
    }

    @Test
    void aCandidateProfileScreensWithoutTakingEffect() {
        CompiledRiskProfile candidate = NEVER.compile(KZ_2027.replace("validFrom: 2027-01-01", "validFrom: 2026-01-01"),
                ProfileFormat.YAML);
        FiledConsignment noOrder = honest().signal(MatchSignal.Kind.ORDER_NOT_FOUND).build();
        assertThat(NEVER.screenAside(noOrder, KZ, item -> false, Optional.of(candidate),
                ParcelSelection.byProfile(new RandomSelection("salt"), Optional.of(BigDecimal.ZERO)), Optional.empty())
                .lane()).isEqualTo(Lane.YELLOW);
        assertThat(NEVER.screen(noOrder, KZ).lane()).as("production is unchanged").isEqualTo(Lane.GREEN);
    }
}
