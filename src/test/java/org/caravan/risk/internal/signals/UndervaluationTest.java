package org.caravan.risk.internal.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravan.risk.ParcelBuilder.honest;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.caravan.filing.FiledConsignment;
import org.caravan.reference.CountryCode;
import org.caravan.reference.HsCode;
import org.caravan.reference.Money;
import org.caravan.reference.ReferenceData;
import org.caravan.risk.internal.RiskSignal;
import org.caravan.risk.internal.signals.PriceStatistics.Measure;
import org.junit.jupiter.api.Test;

/** Undervaluation: a unit price against the learned prices of its peers, narrowest peer group first. */
class UndervaluationTest {

    static final ReferenceData REFERENCE = ReferenceData.inMemory();
    static final CountryCode KZ = CountryCode.of("KZ");
    static final UnitPrices PRICES = new UnitPrices(REFERENCE.rates(), REFERENCE.jurisdictions());

    /** 412 phones from China between about 95 and 240 USD, median 150. */
    static final PriceStatistics PHONES_FROM_CHINA = peers(Measure.UNIT, "851713", "CN", 412, 150, 0.35);

    static PriceStatistics peers(Measure measure, String hsCode, String origin, int count, double median, double spread) {
        double[] logs = new double[count];
        for (int i = 0; i < count; i++) {
            // evenly spread quantiles of a normal distribution of log prices
            logs[i] = Math.log(median) + spread * inverseNormal((i + 0.5) / count);
        }
        return PriceStatistics.of(measure, hsCode, origin, logs, count);
    }

    /** The normal quantile by bisection of the error function's series: precise enough for crafted peers. */
    static double inverseNormal(double p) {
        double low = -8;
        double high = 8;
        for (int i = 0; i < 60; i++) {
            double mid = (low + high) / 2;
            if (normal(mid) < p) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return (low + high) / 2;
    }

    private static double normal(double x) {
        // Abramowitz and Stegun 26.2.17
        double t = 1 / (1 + 0.2316419 * Math.abs(x));
        double d = Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI);
        double tail = d * t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
        return x >= 0 ? 1 - tail : tail;
    }

    static Undervaluation detector(PriceStatistics... learned) {
        return new Undervaluation(() -> new LearnedPrices(List.of(learned)), PRICES, SignalSettings.defaults());
    }

    @Test
    void aPhoneDeclaredAtTwoDollarsTenFiresNamingItsPeersAndTheirUsualRange() {
        List<RiskSignal> signals = detect(detector(PHONES_FROM_CHINA), item("851713", 1, "2.10", "CN"), "0.300");
        assertThat(signals).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("undervaluation");
            assertThat(s.reason()).matches("declared 2\\.10 USD per unit; 851713 from CN usually (9\\d)-(2[34]\\d) USD "
                    + "\\(median 150 over 412 parcels\\)");
            assertThat(s.strength()).isEqualTo(1.0);
        });
    }

    @Test
    void itsHonestTwinAtTheUsualPriceStaysSilent() {
        assertThat(detect(detector(PHONES_FROM_CHINA), item("851713", 1, "140.00", "CN"), "0.300")).isEmpty();
        // cheap, but within what peers declare
        assertThat(detect(detector(PHONES_FROM_CHINA), item("851713", 2, "190.00", "CN"), "0.600")).isEmpty();
    }

    @Test
    void theStrengthGrowsWithTheDistanceBelowThePeers() {
        Undervaluation detector = detector(PHONES_FROM_CHINA);
        qt().forAll(doubles().between(0.5, 40), doubles().between(0.1, 0.99))
                .check((higher, share) -> strength(detector, higher * share) >= strength(detector, higher));
        assertThat(strength(detector, 40)).isGreaterThanOrEqualTo(0.5).isLessThan(strength(detector, 5));
    }

    private static double strength(Undervaluation detector, double usd) {
        List<RiskSignal> signals = detect(detector, item("851713", 1, String.format(java.util.Locale.ROOT, "%.2f", usd), "CN"),
                "0.300");
        return signals.isEmpty() ? 0 : signals.get(0).strength();
    }

    @Test
    void tooFewPeersFromTheOriginFallBackToTheHeadingThenToAnyOrigin() {
        PriceStatistics few = peers(Measure.UNIT, "851713", "VN", 5, 150, 0.35);
        PriceStatistics heading = peers(Measure.UNIT, "8517", "VN", 80, 120, 0.35);
        PriceStatistics anyOrigin = peers(Measure.UNIT, "851713", PriceStatistics.ANY_ORIGIN, 900, 160, 0.35);
        assertThat(detect(detector(few, heading, anyOrigin), item("851713", 1, "3.00", "VN"), "0.300"))
                .extracting(RiskSignal::reason).singleElement().asString().contains("8517 from VN usually")
                .contains("over 80 parcels");
        assertThat(detect(detector(few, anyOrigin), item("851713", 1, "3.00", "VN"), "0.300"))
                .extracting(RiskSignal::reason).singleElement().asString().contains("851713 from any origin usually")
                .contains("over 900 parcels");
        assertThat(detect(detector(few), item("851713", 1, "3.00", "VN"), "0.300")).isEmpty();
    }

    @Test
    void aPriceFarBelowItsPeersPerKgFiresWhenThePricePerUnitLooksUsual() {
        // one "unit" of fabric at a usual unit price, but forty kilograms of it
        PriceStatistics fabricPerKg = peers(Measure.KG, "520812", "CN", 200, 12, 0.3);
        PriceStatistics fabricPerUnit = peers(Measure.UNIT, "520812", "CN", 200, 30, 0.5);
        Undervaluation detector = detector(fabricPerKg, fabricPerUnit);
        assertThat(detect(detector, item("520812", 1, "30.00", "CN"), "40.000")).extracting(RiskSignal::reason)
                .singleElement().asString().startsWith("declared 0.75 USD per kg; 520812 from CN usually");
        assertThat(detect(detector, item("520812", 1, "30.00", "CN"), "2.500")).isEmpty();
    }

    @Test
    void withNothingLearnedNothingFires() {
        assertThat(detect(detector(), item("851713", 1, "0.10", "CN"), "0.300")).isEmpty();
    }

    static FiledConsignment.Item item(String hsCode, int quantity, String usd, String origin) {
        return new FiledConsignment.Item("goods", new HsCode(hsCode), quantity, Money.of(usd, "USD"), CountryCode.of(origin),
                Optional.empty());
    }

    static List<RiskSignal> detect(Undervaluation detector, FiledConsignment.Item item, String grossMassKg) {
        List<RiskSignal> signals = new ArrayList<>();
        detector.detect(honest().items(item).grossMassKg(grossMassKg).build(), KZ, signals::add);
        return signals;
    }
}
