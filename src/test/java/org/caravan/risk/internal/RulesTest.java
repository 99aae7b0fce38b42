package org.caravan.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravan.risk.ParcelBuilder.honest;
import static org.caravan.risk.ParcelBuilder.item;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.caravan.filing.FiledConsignment;
import org.caravan.filing.MatchSignal;
import org.caravan.reference.CountryCode;
import org.caravan.reference.ReferenceData;
import org.caravan.risk.Lane;
import org.caravan.risk.RiskReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each rule of the pilot profile fires on a crafted consignment and stays silent on its honest twin. */
class RulesTest {

    static final ReferenceData REFERENCE = ReferenceData.inMemory();
    static final RiskProfile PROFILE = RiskProfileFile.read(RiskProfileFile.BUNDLED, REFERENCE.nomenclature()::isKnown);
    static final CountryCode KZ = CountryCode.of("KZ");
    static final Rules RULES = new Rules();

    static List<RiskReason> reasons(RiskRule rule, FiledConsignment consignment) {
        List<RiskReason> reasons = new ArrayList<>();
        rule.evaluate(consignment, consignment.destination(), reasons::add);
        return reasons;
    }

    static RiskRule implausibleValue(ReferenceData reference) {
        return RULES.implausibleValue(PROFILE, reference.rates(), reference.jurisdictions());
    }

    @Test
    void goodsProhibitedInPostGoToInspection() {
        RiskRule rule = RULES.restrictedGoods(REFERENCE.nomenclature());
        List<RiskReason> cigars = reasons(rule, honest().items(item("240210", 1, "20.00", "USD")).build());
        assertThat(cigars).singleElement().satisfies(r -> {
            assertThat(r.rule()).isEqualTo("prohibited-goods");
            assertThat(r.atLeast()).isEqualTo(Lane.RED);
            assertThat(r.detail()).startsWith("240210 tobacco: EEC Collegium Decision No. 62");
        });
        assertThat(reasons(rule, honest().build())).isEmpty();
    }

    @Test
    void goodsNeedingDocumentsAskForTheYellowLaneWithoutScore() {
        RiskRule rule = RULES.restrictedGoods(REFERENCE.nomenclature());
        List<RiskReason> medicines = reasons(rule, honest().items(item("3004900000", 1, "12.00", "USD")).build());
        assertThat(medicines).singleElement().satisfies(r -> {
            assertThat(r.rule()).isEqualTo("documents-required");
            assertThat(r.atLeast()).isEqualTo(Lane.YELLOW);
            assertThat(r.score()).isZero();
        });
    }

    @Test
    void aWatchlistedConsigneeOrSellerIsInspected() {
        ReferenceData reference = ReferenceData.inMemory();
        reference.watchlist().add("TEST-LIST", "Ivan Kontrabandov", "T-1");
        reference.watchlist().add("TEST-LIST", "Black Bazaar Trading Ltd", "T-2");
        RiskRule rule = RULES.watchlistMatch(reference.watchlist());

        assertThat(reasons(rule, honest().consignee("IVAN  kontrabandov").build())).singleElement()
                .satisfies(r -> {
                    assertThat(r.rule()).isEqualTo("watchlist-consignee");
                    assertThat(r.detail()).contains("TEST-LIST", "T-1");
                    assertThat(r.atLeast()).isEqualTo(Lane.RED);
                });
        assertThat(reasons(rule, honest().seller("Black Bazaar Trading, Ltd.").build())).singleElement()
                .satisfies(r -> assertThat(r.rule()).isEqualTo("watchlist-seller"));
        assertThat(reasons(rule, honest().consignee("Ivan Petrov").build())).as("an honest namesake").isEmpty();
        assertThat(reasons(rule, honest().build())).isEmpty();
    }

    @Test
    void aListedNameIsFoundInCyrillicInAnyOrderAndByInitialsAndTheReasonSaysWhy() {
        ReferenceData reference = ReferenceData.inMemory();
        reference.watchlist().add("UN", "Ivan Ivanov", "KPi.033");
        RiskRule rule = RULES.watchlistMatch(reference.watchlist());

        assertThat(reasons(rule, honest().consignee("Иванов Иван").build())).singleElement().satisfies(r -> {
            assertThat(r.rule()).isEqualTo("watchlist-consignee");
            assertThat(r.detail()).startsWith("consignee 'Иванов Иван' matches UN list entry KPi.033 'Ivan Ivanov' (");
            assertThat(r.atLeast()).isEqualTo(Lane.RED);
        });
        assertThat(reasons(rule, honest().consignee("Ivanov I.").build())).singleElement()
                .satisfies(r -> assertThat(r.detail()).startsWith("consignee 'Ivanov I.' matches UN list entry KPi.033"));
        assertThat(reasons(rule, honest().seller("IVANOV, Ivan").build())).extracting(RiskReason::rule)
                .contains("watchlist-seller");
        assertThat(reasons(rule, honest().consignee("Ivan Petrov").build())).isEmpty();
        assertThat(reasons(rule, honest().consignee("Иван Петров").build())).isEmpty();
    }

    @Test
    void everyMatchSignalBecomesAReasonWeightedByTheProfile() {
        RiskRule rule = RULES.orderMismatch(PROFILE);
        for (MatchSignal.Kind kind : MatchSignal.Kind.values()) {
            assertThat(reasons(rule, honest().signal(kind).build())).singleElement().satisfies(r -> {
                assertThat(r.rule()).isEqualTo(kind.name().toLowerCase().replace('_', '-'));
                assertThat(r.score()).isEqualTo(PROFILE.signalScore(kind));
                assertThat(r.atLeast()).isEqualTo(Lane.GREEN);
            });
        }
        assertThat(reasons(rule, honest().build())).isEmpty();
    }

    @Test
    void aDeclaredValueOffTheItemsByMoreThanOnePercentIsInconsistent() {
        RiskRule rule = implausibleValue(REFERENCE);
        assertThat(reasons(rule, honest().items(item("610910", 2, "40.00", "USD")).declaredValue("25.00").build()))
                .singleElement().satisfies(r -> {
                    assertThat(r.rule()).isEqualTo("inconsistent-value");
                    assertThat(r.score()).isEqualTo(PROFILE.inconsistentValueScore());
                });
        // 0.40 off 40.00 is exactly 1 %: rounding, not misdeclaration
        assertThat(reasons(rule, honest().items(item("610910", 2, "40.00", "USD")).declaredValue("39.60").build()))
                .isEmpty();
        assertThat(reasons(rule, honest().items(item("610910", 2, "40.00", "USD")).declaredValue("39.59").build()))
                .extracting(RiskReason::rule).containsExactly("inconsistent-value");
    }

    @Test
    void aUnitValueBelowTheSubheadingsFloorIsUndervaluation() {
        RiskRule rule = implausibleValue(REFERENCE);
        // smartphones (851713): floor 30 USD per unit
        assertThat(reasons(rule, honest().items(item("8517130000", 2, "59.98", "USD")).build())).singleElement()
                .satisfies(r -> {
                    assertThat(r.rule()).isEqualTo("undervaluation");
                    assertThat(r.detail()).startsWith("851713 declared at").contains("below the profile floor of 30 USD");
                    assertThat(r.score()).isEqualTo(PROFILE.undervaluationScore());
                });
        assertThat(reasons(rule, honest().items(item("8517130000", 2, "60.00", "USD")).build())).isEmpty();
        assertThat(reasons(rule, honest().items(item("610910", 2, "1.00", "USD")).build()))
                .as("no floor for T-shirts").isEmpty();
    }

    @Test
    void theFloorIsComparedInUsdAtTheRateOfTheFilingDate() {
        // built-in table: 1.16 USD per EUR, so 25 EUR is 29 USD and 26 EUR is 30.16 USD
        RiskRule rule = implausibleValue(REFERENCE);
        assertThat(reasons(rule, honest().items(item("8517130000", 1, "25.00", "EUR")).build()))
                .extracting(RiskReason::rule).containsExactly("undervaluation");
        assertThat(reasons(rule, honest().items(item("8517130000", 1, "26.00", "EUR")).build())).isEmpty();
    }

    @Test
    void theFilingDateIsTheDestinationsLocalDate(@TempDir Path dir) throws Exception {
        ReferenceData reference = ReferenceData.inMemory();
        Path rates = Files.writeString(dir.resolve("eurofxref.csv"), "Date, USD\n2026-12-01, 2.32\n");
        reference.rates().importEcb(rates);
        RiskRule rule = implausibleValue(reference);
        // 20:30 UTC on 30 November is 1 December in Almaty: 20 EUR is 46.40 USD then, 23.20 USD the day before
        FiledConsignment phone = honest().items(item("8517130000", 1, "20.00", "EUR"))
                .filedAt("2026-11-30T20:30:00Z").build();
        assertThat(reasons(rule, phone)).isEmpty();
        FiledConsignment earlier = honest().items(item("8517130000", 1, "20.00", "EUR"))
                .filedAt("2026-11-30T18:30:00Z").build();
        assertThat(reasons(rule, earlier)).extracting(RiskReason::rule).containsExactly("undervaluation");
    }

    @Test
    void aGrossMassBelowTheFloorPerUnitIsImplausible() {
        RiskRule rule = RULES.implausibleMass(PROFILE);
        // 0.005 kg per unit: two units weigh at least 0.010 kg
        assertThat(reasons(rule, honest().grossMassKg("0.009").build())).singleElement().satisfies(r -> {
            assertThat(r.rule()).isEqualTo("implausible-mass");
            assertThat(r.score()).isEqualTo(PROFILE.implausibleMassScore());
        });
        assertThat(reasons(rule, honest().grossMassKg("0.010").build())).isEmpty();
        assertThat(reasons(rule, honest().build())).isEmpty();
    }
}
