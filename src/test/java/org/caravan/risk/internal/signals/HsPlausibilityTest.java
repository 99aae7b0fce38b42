package org.caravan.risk.internal.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravan.risk.ParcelBuilder.honest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.caravan.filing.FiledConsignment;
import org.caravan.reference.CountryCode;
import org.caravan.reference.HsCode;
import org.caravan.reference.HsExamples;
import org.caravan.reference.HsNomenclature;
import org.caravan.reference.Money;
import org.caravan.risk.internal.RiskSignal;
import org.caravan.risk.internal.hs.HeldOut;
import org.caravan.support.ApiTest;
import org.caravan.support.SharedData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * HS plausibility on the whole nomenclature and the HMRC and CBP labelled descriptions beside
 * the project (the same database as the HS suggestion accuracy test, so one context serves both).
 */
@ActiveProfiles("test")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:caravan-hs-suggest;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class HsPlausibilityTest extends ApiTest {

    static final CountryCode KZ = CountryCode.of("KZ");

    @Autowired
    HsNomenclature nomenclature;

    @Autowired
    HsExamples examples;

    @Autowired
    HsPlausibility plausibility;

    @Autowired
    SignalSettings settings;

    @BeforeEach
    void importOnce() {
        if (examples.count() == 0) {
            nomenclature.importNomenclature(SharedData.file("hs/harmonized-system.csv"));
            examples.importFiles(List.of(SharedData.file("hs-labelled/uk_tariff_references.csv"),
                    SharedData.file("hs-labelled/us_cbp_cross_rulings.csv")));
        }
    }

    @Test
    void onTheHeldOutDescriptionsFalseAlarmsStayAtMostThreePercentAndDetectionsAtLeastWhatTheDocsPublish() {
        HsPlausibility.Measured measured = plausibility.measure(HeldOut.TEST, settings.hsPlausibility());
        // docs/risk-signals.md, "HS plausibility": measured on the test split with the default settings
        assertThat(measured.honestPairs()).isGreaterThan(1500);
        assertThat(measured.falseAlarmRate()).as(measured.toString()).isLessThanOrEqualTo(0.03);
        assertThat(measured.detectionRate()).as(measured.toString()).isGreaterThanOrEqualTo(PUBLISHED_DETECTION);
    }

    static final double PUBLISHED_DETECTION = 0.42;

    @Test
    void earbudsDeclaredAsTShirtsFireWithASuggestedCodeAndTheirHonestTwinStaysSilent() {
        List<RiskSignal> wrong = detect("Wireless bluetooth earbuds headphones", "610910");
        assertThat(wrong).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("hs-plausibility");
            assertThat(s.reason()).startsWith("\"Wireless bluetooth earbuds headphones\" declared as 610910 (chapter 61)"
                    + " reads as chapter 85").contains("; suggested 85");
            assertThat(s.strength()).isBetween(0.5, 1.0);
        });
        assertThat(detect("Wireless bluetooth earbuds headphones", "851830")).isEmpty();
    }

    @Test
    void aCottonTShirtDeclaredAsAToyFiresAndAsAShirtStaysSilent() {
        assertThat(detect("Men's cotton t-shirt, short sleeves", "950300")).extracting(RiskSignal::name)
                .containsExactly("hs-plausibility");
        assertThat(detect("Men's cotton t-shirt, short sleeves", "610910")).isEmpty();
    }

    @Test
    void aDescriptionOfUnknownWordsSaysNothing() {
        assertThat(detect("Xq-7 zzv", "610910")).isEmpty();
    }

    private List<RiskSignal> detect(String description, String hsCode) {
        FiledConsignment parcel = honest().items(new FiledConsignment.Item(description, new HsCode(hsCode), 1,
                Money.of("20.00", "USD"), CountryCode.of("CN"), Optional.empty())).build();
        List<RiskSignal> signals = new ArrayList<>();
        plausibility.detect(parcel, KZ, signals::add);
        return signals;
    }
}
