package org.caravan.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravan.risk.ParcelBuilder.honest;
import static org.caravan.risk.ParcelBuilder.item;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.caravan.filing.FiledConsignment;
import org.caravan.reference.CountryCode;
import org.caravan.reference.HsCode;
import org.caravan.reference.Jurisdiction;
import org.caravan.reference.Money;
import org.caravan.reference.ReferenceData;
import org.caravan.risk.Lane;
import org.caravan.risk.ProfileFormat;
import org.caravan.risk.RequestedDocument;
import org.caravan.risk.RiskReason;
import org.junit.jupiter.api.Test;

/** Each condition a profile rule may state fires on a crafted consignment and stays silent on its honest twin. */
class ProfileConditionsTest {

    static final ReferenceData REFERENCE = ReferenceData.inMemory();
    static final CountryCode KZ = CountryCode.of("KZ");
    static final ProfileVocabulary VOCABULARY = withModel(PilotDetectors.vocabulary(REFERENCE));

    /** A signal another detector raises, graded by its strength. */
    static ProfileVocabulary withModel(ProfileVocabulary pilot) {
        Set<String> signals = new HashSet<>(pilot.signals());
        signals.add("model");
        return new ProfileVocabulary(signals, pilot.knownSubheading());
    }

    static RiskProfile profile(String rule) {
        return RiskProfileFile.read("""
                id: conditions
                jurisdiction: KZ
                validFrom: 2026-01-01
                basis: crafted for the test
                yellowScore: 30
                redScore: 60
                randomInspectionRate: 0
                signals:
                  order-not-found: {score: 20}
                  model: {score: 50}
                rules:
                  - id: crafted
                    description: the crafted rule
                """ + rule.indent(4), ProfileFormat.YAML, VOCABULARY);
    }

    static List<RiskReason> reasons(RiskProfile profile, FiledConsignment c, RiskSignal... signals) {
        List<RiskReason> reasons = new ArrayList<>();
        profile.weigh(new Screened(c, KZ, REFERENCE.jurisdictions().find(KZ).map(Jurisdiction::timeZone).orElseThrow(),
                List.of(signals), REFERENCE.rates()), reasons::add);
        return reasons;
    }

    static boolean fires(String when, FiledConsignment c, RiskSignal... signals) {
        return reasons(profile("when: " + when + "\nthen: {score: 7}"), c, signals).stream()
                .anyMatch(r -> r.rule().equals("crafted"));
    }

    static FiledConsignment.Item goods(String description, String hs, String origin) {
        return new FiledConsignment.Item(description, new HsCode(hs), 1, Money.of("20.00", "USD"), CountryCode.of(origin));
    }

    @Test
    void hsCodesAndPrefixes() {
        assertThat(fires("{hs: ['8517']}", honest().items(item("851713", 1, "100.00", "USD")).build())).isTrue();
        assertThat(fires("{hs: ['8517']}", honest().build())).isFalse();
        assertThat(fires("{hs: '610910'}", honest().build())).isTrue();
    }

    @Test
    void originOfTheGoods() {
        assertThat(fires("{origin: [TR]}", honest().items(goods("shirt", "610910", "TR")).build())).isTrue();
        assertThat(fires("{origin: [TR]}", honest().items(goods("shirt", "610910", "CN")).build())).isFalse();
    }

    @Test
    void descriptionKeywordsInAnyCase() {
        assertThat(fires("{description: [phone, tablet]}", honest().items(goods("Smart PHONE case", "392690", "CN")).build()))
                .isTrue();
        assertThat(fires("{description: [phone, tablet]}", honest().items(goods("cotton shirt", "610910", "CN")).build()))
                .isFalse();
    }

    @Test
    void unitPriceInUsdAtTheRateOfTheFilingDate() {
        String when = "{hs: '851713', unitPriceUsd: {below: '30'}}";
        assertThat(fires(when, honest().items(item("8517130000", 2, "59.98", "USD")).build())).isTrue();
        assertThat(fires(when, honest().items(item("8517130000", 2, "60.00", "USD")).build())).isFalse();
        // built-in table: 1.16 USD per EUR, so 25 EUR is 29 USD and 26 EUR is 30.16 USD
        assertThat(fires(when, honest().items(item("8517130000", 1, "25.00", "EUR")).build())).isTrue();
        assertThat(fires(when, honest().items(item("8517130000", 1, "26.00", "EUR")).build())).isFalse();
    }

    @Test
    void conditionsOnGoodsHoldOnOneSameLine() {
        String when = "{hs: '851713', unitPriceUsd: {below: '30'}}";
        FiledConsignment dearPhoneCheapShirt = honest().items(item("851713", 1, "300.00", "USD"),
                item("610910", 1, "1.00", "USD")).build();
        assertThat(fires(when, dearPhoneCheapShirt)).isFalse();
    }

    @Test
    void departureDestinationAndRoute() {
        assertThat(fires("{departure: [TR]}", honest().departure("TR").build())).isTrue();
        assertThat(fires("{departure: [TR]}", honest().build())).isFalse();
        assertThat(fires("{destination: [UZ]}", honest().destination("UZ").build())).isTrue();
        assertThat(fires("{destination: [UZ]}", honest().build())).isFalse();
        assertThat(fires("{route: [CN-KZ]}", honest().build())).isTrue();
        assertThat(fires("{route: [CN-KZ]}", honest().departure("TR").build())).isFalse();
    }

    @Test
    void transportMode() {
        assertThat(fires("{transport: [road]}", honest().transport("ROAD").build())).isTrue();
        assertThat(fires("{transport: [road]}", honest().build())).isFalse();
    }

    @Test
    void partiesCourierPlatformAndSeller() {
        UUID courier = UUID.fromString("6f1c2a52-0d7b-4a8e-9a3c-1f0e5d9b2c44");
        assertThat(fires("{courier: ['" + courier + "']}", honest().courier(courier).build())).isTrue();
        assertThat(fires("{courier: ['" + courier + "']}", honest().build())).isFalse();
        assertThat(fires("{platform: [shop-a]}", honest().platform("shop-a").build())).isTrue();
        assertThat(fires("{platform: [shop-a]}", honest().build())).isFalse();
        assertThat(fires("{seller: [bazaar]}", honest().seller("Black Bazaar Ltd").build())).isTrue();
        assertThat(fires("{seller: [bazaar]}", honest().build())).isFalse();
    }

    @Test
    void declaredValueAndGrossMassRanges() {
        assertThat(fires("{declaredValueUsd: {atLeast: 200}}", honest().items(item("610910", 1, "250.00", "USD")).build()))
                .isTrue();
        assertThat(fires("{declaredValueUsd: {atLeast: 200}}", honest().build())).isFalse();
        assertThat(fires("{grossMassKg: {atLeast: 20, below: 31.5}}", honest().grossMassKg("25").build())).isTrue();
        assertThat(fires("{grossMassKg: {atLeast: 20, below: 31.5}}", honest().grossMassKg("31.5").build())).isFalse();
    }

    @Test
    void datesAndHoursOnTheJurisdictionsClock() {
        String season = "{filedBetween: {from: 2026-12-20, to: 2027-01-05}}";
        assertThat(fires(season, honest().filedAt("2026-12-25T06:00:00Z").build())).isTrue();
        assertThat(fires(season, honest().build())).isFalse();
        // Almaty is UTC+5: 18:00 UTC is 23:00 there, 06:00 UTC is 11:00
        assertThat(fires("{hours: {from: 22, to: 6}}", honest().filedAt("2026-11-25T18:00:00Z").build())).isTrue();
        assertThat(fires("{hours: {from: 22, to: 6}}", honest().build())).isFalse();
    }

    @Test
    void aSignalPresentAtAMinimumStrength() {
        RiskSignal strong = new RiskSignal("model", "fraud probability 0.91", 0.91);
        RiskSignal weak = new RiskSignal("model", "fraud probability 0.40", 0.40);
        assertThat(fires("{signals: {model: 0.8}}", honest().build(), strong)).isTrue();
        assertThat(fires("{signals: {model: 0.8}}", honest().build(), weak)).isFalse();
        assertThat(fires("{signals: {order-not-found: 0}}", honest().build(),
                new RiskSignal("order-not-found", "no order"))).isTrue();
        assertThat(fires("{signals: {order-not-found: 0}}", honest().build())).isFalse();
    }

    @Test
    void aRuleAppliesOnlyWithinItsOwnValidity() {
        RiskProfile later = profile("validFrom: 2027-01-01\nwhen: {hs: '61'}\nthen: {score: 7}");
        assertThat(reasons(later, honest().build())).isEmpty();
        assertThat(reasons(later, honest().filedAt("2027-01-02T06:00:00Z").build())).extracting(RiskReason::rule)
                .containsExactly("crafted");
    }

    @Test
    void effectsGiveScoreLaneAndADocumentRequest() {
        RiskProfile profile = profile("when: {hs: '61'}\nthen: {score: 12, lane: YELLOW, requestDocument: INVOICE}");
        assertThat(reasons(profile, honest().build())).singleElement().isEqualTo(new RiskReason("crafted",
                "the crafted rule", 12, Lane.YELLOW, Optional.of(RequestedDocument.INVOICE)));
    }

    @Test
    void aGradedSignalScoresInProportionToItsStrengthAndAnUnweighedOneIsListedAtZero() {
        RiskProfile profile = profile("when: {hs: '97'}\nthen: {score: 1}");
        assertThat(reasons(profile, honest().build(), new RiskSignal("model", "fraud probability 0.5", 0.5),
                new RiskSignal("implausible-mass", "0.001 kg gross for 2 units")))
                .extracting(RiskReason::rule, RiskReason::score)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("model", 25),
                        org.assertj.core.groups.Tuple.tuple("implausible-mass", 0));
    }
}
