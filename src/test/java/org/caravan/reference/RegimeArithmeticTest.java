package org.caravan.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hand-computed cases for every jurisdiction and regime of the bundled reference data, at
 * and around every threshold, boundary date and rounding step, with each computation
 * written beside it. The built-in table's rates make the arithmetic checkable by hand:
 * 620 KZT, 101.5 KGS, 1.16 USD, 1.972 AZN (1.70 per USD) and 4.06 TMT (3.50 per USD) per EUR.
 */
class RegimeArithmeticTest {

    static final ReferenceData REFERENCE = ReferenceData.inMemory();
    static final Jurisdictions JURISDICTIONS = REFERENCE.jurisdictions();
    static final DeMinimisCalculator CALCULATOR = REFERENCE.calculator();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    /** Under the EAEU 2020 personal-use regime, before the e-commerce goods regime's start. */
    static final LocalDate MARCH = LocalDate.of(2026, 3, 25);
    static final CountryCode KZ = CountryCode.of("KZ");
    static final CountryCode KG = CountryCode.of("KG");
    static final CountryCode UZ = CountryCode.of("UZ");

    static Regime eaeu() {
        return JURISDICTIONS.regime("EAEU-PERSONAL-USE-2020").orElseThrow();
    }

    static Regime uzCourier() {
        return JURISDICTIONS.regimeFor(UZ, Channel.COURIER, TODAY).orElseThrow();
    }

    static DeMinimisCalculation calculate(String country, Channel channel, LocalDate on, String value, String currency,
            String kg, String usedBefore, String... hsCodes) {
        CountryCode code = CountryCode.of(country);
        Regime regime = CALCULATOR.regimeFor(code, channel, on).orElseThrow();
        Money customsValue = Money.of(value, currency);
        List<Parcel.Goods> goods = java.util.Arrays.stream(hsCodes).map(hs -> new Parcel.Goods(new HsCode(hs), customsValue))
                .toList();
        return CALCULATOR.calculate(regime, code, on, new Parcel(customsValue, new BigDecimal(kg), goods,
                Money.of(usedBefore, regime.allowance().value().currency().getCurrencyCode())));
    }

    static String due(DeMinimisCalculation c) {
        return c.chargeDue().orElseThrow().amount().toPlainString();
    }

    static Charge line(DeMinimisCalculation c, ChargeKind kind) {
        return c.charges().stream().filter(l -> l.kind() == kind).findFirst().orElseThrow();
    }

    // ---- EAEU 2020 (KZ, KG): 200 EUR and 31 kg per parcel; 15 % of the excess, at least 2 EUR per excess kg

    @ParameterizedTest(name = "EAEU 2020: {0} EUR, {1} kg -> {2} KZT")
    @CsvSource({
            // at the thresholds: nothing due
            "200.00, 31.000, 0.00",
            "0.01,   0.100,  0.00",
            // one cent over: 15 % of 0.01 EUR = 0.0015 EUR x 620 = 0.93 KZT
            "200.01, 31.000, 0.93",
            // 15 % of 1 EUR = 0.15 EUR x 620 = 93.00 KZT
            "201.00, 1.000,  93.00",
            // 15 % of 100 EUR = 15 EUR x 620 = 9,300.00 KZT
            "300.00, 31.000, 9300.00",
            // mass over, value under: 2 EUR x 0.5 kg = 1 EUR x 620 = 620.00 KZT
            "100.00, 31.500, 620.00",
            // 2 EUR x 0.001 kg = 0.002 EUR x 620 = 1.24 KZT
            "100.00, 31.001, 1.24",
            // both over: max(15 % x 100 = 15, 2 x 9 = 18) = 18 EUR x 620 = 11,160.00 KZT
            "300.00, 40.000, 11160.00",
            // max(15 % x 200 = 30, 2 x 1 = 2) = 30 EUR x 620 = 18,600.00 KZT
            "400.00, 32.000, 18600.00",
    })
    void eaeuPersonalUseSingleRate(String value, String kg, String kzt) {
        DeMinimisCalculation c = calculate("KZ", Channel.COURIER, MARCH, value, "EUR", kg, "0");
        assertThat(c.regime().id()).isEqualTo("EAEU-PERSONAL-USE-2020");
        assertThat(due(c)).isEqualTo(kzt);
        assertThat(c.charges()).allMatch(l -> l.kind() == ChargeKind.SINGLE_RATE);
        assertThat(c.dutyFree()).isEqualTo(new BigDecimal(kzt).signum() == 0);
    }

    @Test
    void eaeuSingleRateShowsTheFloorWhenItApplies() {
        // 2 EUR x 9 kg = 18 EUR exceeds 15 % x 100 EUR = 15 EUR
        Charge line = line(calculate("KZ", Channel.COURIER, MARCH, "300.00", "EUR", "40.000", "0"), ChargeKind.SINGLE_RATE);
        assertThat(line.minimumApplied()).isTrue();
        assertThat(line.amount().amount()).isEqualByComparingTo("18");
        assertThat(line.explanation()).contains("15 % of the value above the allowance", "at least 2.00 EUR per kg",
                "the minimum applies: 18.00 EUR", "620");
    }

    @Test
    void eaeuAllowanceIsPerConsignmentAndIgnoresEarlierParcels() {
        assertThat(calculate("KZ", Channel.COURIER, MARCH, "150.00", "EUR", "1", "180.00").dutyFree()).isTrue();
    }

    @Test
    void kyrgyzstanPaysTheSameSingleRateInSom() {
        // 15 % x 100 EUR = 15 EUR x 101.5 = 1,522.50 KGS
        assertThat(due(calculate("KG", Channel.COURIER, MARCH, "300.00", "EUR", "1", "0"))).isEqualTo("1522.50");
    }

    // ---- EAEU e-commerce goods 2026 (KZ, KG): 200 EUR, no weight limit; 5 % of the whole value, at least 1 EUR/kg, + VAT

    @Test
    void theRegimeChangesOnTheFirstOfJuly2026() {
        assertThat(CALCULATOR.regimeFor(KZ, Channel.COURIER, LocalDate.of(2026, 6, 30)).map(Regime::id))
                .contains("EAEU-PERSONAL-USE-2020");
        assertThat(CALCULATOR.regimeFor(KZ, Channel.COURIER, LocalDate.of(2026, 7, 1)).map(Regime::id))
                .contains("EAEU-ECOMMERCE-GOODS-2026");
        assertThat(CALCULATOR.regimeFor(KZ, Channel.ECOMMERCE_OPERATOR, LocalDate.of(2026, 6, 30))).isEmpty();
        assertThat(CALCULATOR.regimeFor(KZ, Channel.ECOMMERCE_OPERATOR, TODAY).map(Regime::confidence))
                .contains(Confidence.MEDIUM);
    }

    @ParameterizedTest(name = "EAEU 2026 KZ: {0} EUR, {1} kg -> duty {2} + VAT {3} = {4} KZT")
    @CsvSource({
            // within: 200 EUR whatever the mass (no weight limit)
            "200.00, 50.000, 0,       0,        0.00",
            // max(5 % x 300 = 15, 1 x 2 = 2) = 15 EUR -> 9,300.00; VAT 16 % x (300 + 15) = 50.40 EUR -> 31,248.00
            "300.00, 2.000,  9300.00, 31248.00, 40548.00",
            // max(15, 1 x 20 = 20) = 20 EUR -> 12,400.00; VAT 16 % x 320 = 51.20 EUR -> 31,744.00
            "300.00, 20.000, 12400.00, 31744.00, 44144.00",
            // max(5 % x 200.01 = 10.0005, 0.1) = 10.0005 EUR -> 6,200.31; VAT 16 % x 210.0105 = 33.60168 EUR -> 20,833.04
            "200.01, 0.100,  6200.31, 20833.04, 27033.35",
    })
    void eaeuEcommerceGoodsDutyAndVat(String value, String kg, String duty, String vat, String total) {
        DeMinimisCalculation c = calculate("KZ", Channel.COURIER, TODAY, value, "EUR", kg, "0");
        assertThat(c.regime().id()).isEqualTo("EAEU-ECOMMERCE-GOODS-2026");
        assertThat(due(c)).isEqualTo(total);
        if (c.charges().isEmpty()) {
            assertThat(c.dutyFree()).isTrue();
            return;
        }
        assertThat(line(c, ChargeKind.DUTY).due().amount().toPlainString()).isEqualTo(duty);
        assertThat(line(c, ChargeKind.VAT).due().amount().toPlainString()).isEqualTo(vat);
        assertThat(line(c, ChargeKind.VAT).ratePercent()).contains(new BigDecimal("16"));
    }

    @Test
    void theQazMonitorExampleOfA300EuroPurchase() {
        // 5 % x 300 = 15; 16 % x 315 = 50.40; 365.40 EUR in all, as the State Revenue example says
        DeMinimisCalculation c = calculate("KZ", Channel.COURIER, TODAY, "300.00", "EUR", "1", "0");
        Money inEuro = line(c, ChargeKind.DUTY).amount().plus(line(c, ChargeKind.VAT).amount()).plus(Money.of("300", "EUR"));
        assertThat(inEuro.rounded()).isEqualTo(Money.of("365.40", "EUR"));
    }

    @Test
    void kyrgyzVatUnderTheEcommerceRegimeIs12Percent() {
        // duty 15 EUR x 101.5 = 1,522.50 KGS; VAT 12 % x 315 = 37.80 EUR x 101.5 = 3,836.70 KGS
        DeMinimisCalculation c = calculate("KG", Channel.POSTAL, TODAY, "300.00", "EUR", "2", "0");
        assertThat(line(c, ChargeKind.DUTY).due()).isEqualTo(Money.of("1522.50", "KGS"));
        assertThat(line(c, ChargeKind.VAT).due()).isEqualTo(Money.of("3836.70", "KGS"));
        assertThat(due(c)).isEqualTo("5359.20");
    }

    @Test
    void anAdministrationKeepsTheEarlierRegimeByPinningItAndTheChangeIsKept() {
        RegimePins pins = REFERENCE.pins();
        try {
            pins.pin(KG, "EAEU-PERSONAL-USE-2020", "kg-admin", "entry into force not confirmed");
            assertThat(CALCULATOR.regimeFor(KG, Channel.COURIER, TODAY).map(Regime::id)).contains("EAEU-PERSONAL-USE-2020");
            assertThat(CALCULATOR.regimeFor(KZ, Channel.COURIER, TODAY).map(Regime::id)).contains("EAEU-ECOMMERCE-GOODS-2026");
            // the pinned regime has no e-commerce operator channel: the operator's parcels follow the dated regime
            assertThat(CALCULATOR.regimeFor(KG, Channel.ECOMMERCE_OPERATOR, TODAY).map(Regime::id))
                    .contains("EAEU-ECOMMERCE-GOODS-2026");
        } finally {
            pins.unpin(KG, "kg-admin", "start confirmed");
        }
        assertThat(CALCULATOR.regimeFor(KG, Channel.COURIER, TODAY).map(Regime::id)).contains("EAEU-ECOMMERCE-GOODS-2026");
        assertThat(pins.history(KG)).extracting(RegimePins.Pin::pinnedBy).containsExactly("kg-admin", "kg-admin");
        assertThat(pins.history(KG).get(0).reason()).isEqualTo("entry into force not confirmed");
        assertThatThrownBy(() -> pins.pin(KG, "UZ-POSTAL-2025", "kg-admin", "wrong country"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---- Uzbekistan: courier quota 200 USD per recipient and calendar month; postal 100 USD per item

    @ParameterizedTest(name = "UZ: used {0} USD + {1} USD -> excess {2} USD, used after {3} USD")
    @CsvSource({
            "0.00,   200.00, 0.00,  200.00",
            "0.00,   199.99, 0.00,  199.99",
            "0.00,   200.01, 0.01,  200.00",
            "120.00, 80.00,  0.00,  200.00",
            "120.00, 80.01,  0.01,  200.00",
            "150.00, 60.00,  10.00, 200.00",
            "200.00, 1.00,   1.00,  200.00",
    })
    void uzbekCourierQuotaPerRecipientPerMonth(String used, String value, String excess, String usedAfter) {
        DeMinimisCalculation c = calculate("UZ", Channel.COURIER, TODAY, value, "USD", "1.0", used);
        assertThat(c.outcome().excessValue().amount()).isEqualByComparingTo(excess);
        assertThat(c.outcome().allowanceUsedAfter().amount()).isEqualByComparingTo(usedAfter);
        if (c.outcome().withinAllowance()) {
            assertThat(c.dutyFree()).as("the courier's fee is not the recipient's").isTrue();
        } else {
            assertThat(c.chargeComputed()).as("the single customs payment rate is not confirmed").isFalse();
            assertThat(c.notComputed()).hasValueSatisfying(why -> assertThat(why).contains("officer"));
        }
    }

    @ParameterizedTest(name = "UZ courier fee on {1}: {0} kg -> {2} UZS")
    @CsvSource({
            // 2 % of the base calculation amount 412,000 UZS = 8,240 UZS per kg; 0.1 to 1.4 kg count as 1 kg
            "0.1, 2026-11-25, 8240.00",
            "1.4, 2026-11-25, 8240.00",
            // 1.5 kg counts as 2 kg
            "1.5, 2026-11-25, 16480.00",
            "2.5, 2026-11-25, 24720.00",
            // 2 % of 375,000 = 7,500 per kg until the base amount rose on 01.08.2025
            "1.0, 2025-07-31, 7500.00",
            "1.0, 2025-08-01, 8240.00",
    })
    void uzbekCourierClearanceFeeIsTheCouriers(String kg, String on, String uzs) {
        DeMinimisCalculation c = calculate("UZ", Channel.COURIER, LocalDate.parse(on), "10.00", "USD", kg, "0");
        Charge fee = line(c, ChargeKind.FEE);
        assertThat(fee.payer()).isEqualTo(Payer.DECLARANT);
        assertThat(fee.due()).isEqualTo(Money.of(uzs, "UZS"));
        assertThat(c.chargeDue()).contains(Money.of("0.00", "UZS"));
    }

    @Test
    void theCourierFeeStartsOnTheFourthOfMay2025() {
        assertThat(calculate("UZ", Channel.COURIER, LocalDate.of(2025, 5, 3), "10.00", "USD", "1", "0").charges()).isEmpty();
        assertThat(calculate("UZ", Channel.COURIER, LocalDate.of(2025, 5, 4), "10.00", "USD", "1", "0").charges())
                .singleElement().satisfies(fee -> assertThat(fee.due()).isEqualTo(Money.of("7500.00", "UZS")));
        assertThat(CALCULATOR.regimeFor(UZ, Channel.COURIER, LocalDate.of(2025, 4, 30))).isEmpty();
    }

    @Test
    void uzbekPostalLimitIsPerItem() {
        assertThat(calculate("UZ", Channel.POSTAL, TODAY, "100.00", "USD", "1", "0").dutyFree()).isTrue();
        assertThat(calculate("UZ", Channel.POSTAL, TODAY, "100.01", "USD", "1", "0").chargeComputed()).isFalse();
    }

    // ---- Tajikistan, Turkmenistan, Pakistan, Afghanistan: thresholds known, charges above them not confirmed

    @Test
    void tajikPostalLimitAndNoCourierRule() {
        assertThat(calculate("TJ", Channel.POSTAL, TODAY, "100.00", "USD", "1", "0").dutyFree()).isTrue();
        DeMinimisCalculation over = calculate("TJ", Channel.POSTAL, TODAY, "100.01", "USD", "1", "0");
        assertThat(over.chargeComputed()).isFalse();
        assertThat(over.regime().confidence()).isEqualTo(Confidence.LOW);
        assertThat(CALCULATOR.regimeFor(CountryCode.of("TJ"), Channel.COURIER, TODAY)).isEmpty();
    }

    @Test
    void turkmenPostalThresholdWithItsClearanceFee() {
        assertThat(calculate("TM", Channel.POSTAL, TODAY, "500.00", "USD", "1", "0").dutyFree()).isTrue();
        DeMinimisCalculation over = calculate("TM", Channel.POSTAL, TODAY, "500.01", "USD", "1", "0");
        assertThat(over.chargeComputed()).isFalse();
        // 9.69 USD x 3.50 TMT/USD (4.06 / 1.16) = 33.915 -> 33.92 TMT
        assertThat(line(over, ChargeKind.FEE).due()).isEqualTo(Money.of("33.92", "TMT"));
    }

    @ParameterizedTest(name = "PK on {0}: {1} PKR -> within {2}")
    @CsvSource({
            "2025-06-30, 5000.00, true",
            "2025-06-30, 5000.01, false",
            "2025-07-01, 1000.00, true",
            "2025-07-01, 1000.01, false",
    })
    void pakistanDeMinimisFellOnTheFirstOfJuly2025(String on, String value, boolean within) {
        DeMinimisCalculation c = calculate("PK", Channel.COURIER, LocalDate.parse(on), value, "PKR", "1", "0");
        assertThat(c.outcome().withinAllowance()).isEqualTo(within);
        assertThat(c.chargeComputed()).isEqualTo(within);
    }

    @Test
    void afghanLowValueThreshold() {
        assertThat(calculate("AF", Channel.COURIER, TODAY, "5000.00", "AFN", "1", "0").dutyFree()).isTrue();
        assertThat(calculate("AF", Channel.COURIER, TODAY, "5000.01", "AFN", "1", "0").chargeComputed()).isFalse();
    }

    // ---- Azerbaijan: 300 USD per recipient and month; duty at the tariff rate and 18 % VAT on the excess, plus fees

    @Test
    void azerbaijanChargesTheExcessOverTheMonthlyLimit() {
        // excess 400 - 300 = 100 USD; duty 15 % = 15 USD x 1.70 = 25.50 AZN; VAT 18 % x 115 = 20.70 USD x 1.70 = 35.19 AZN;
        // fees 15 + 30 + 5.40 AZN; 111.09 AZN in all
        DeMinimisCalculation c = calculate("AZ", Channel.COURIER, TODAY, "400.00", "USD", "1", "0", "851713");
        assertThat(line(c, ChargeKind.DUTY).due()).isEqualTo(Money.of("25.50", "AZN"));
        assertThat(line(c, ChargeKind.VAT).due()).isEqualTo(Money.of("35.19", "AZN"));
        assertThat(c.charges().stream().filter(l -> l.kind() == ChargeKind.FEE).map(Charge::due))
                .containsExactly(Money.of("15.00", "AZN"), Money.of("30.00", "AZN"), Money.of("5.40", "AZN"));
        assertThat(due(c)).isEqualTo("111.09");
    }

    @Test
    void azerbaijanCountsEarlierParcelsOfTheMonth() {
        assertThat(calculate("AZ", Channel.COURIER, TODAY, "40.00", "USD", "1", "250.00", "851713").dutyFree()).isTrue();
        // excess 10 USD: duty 1.50 USD -> 2.55 AZN; VAT 18 % x 11.50 = 2.07 USD -> 3.519 -> 3.52 AZN; fees 50.40; 56.47 AZN
        assertThat(due(calculate("AZ", Channel.COURIER, TODAY, "60.00", "USD", "1", "250.00", "851713"))).isEqualTo("56.47");
    }

    // ---- Georgia: 300 GEL and 30 kg per consignment, one seller's parcels on a conveyance together

    @ParameterizedTest(name = "GE: {0} GEL, {1} kg, HS {2} -> {3} GEL")
    @CsvSource({
            "300.00,   1.0,  330430, 0.00",
            // duty 5 % x 300.01 = 15.0005 -> 15.00; VAT 18 % x 315.0105 = 56.70189 -> 56.70; declaration fee 20; 91.70
            "300.01,   1.0,  330430, 91.70",
            // duty 0 %; VAT 18 % x 3,000 = 540.00; fee 20 (above 300 up to 3,000); 560.00
            "3000.00,  1.0,  851713, 560.00",
            // VAT 18 % x 3,000.01 = 540.0018 -> 540.00; fee 100 (above 3,000 up to 10,000); 640.00
            "3000.01,  1.0,  851713, 640.00",
            // VAT 18 % x 10,000.01 = 1,800.0018 -> 1,800.00; fee 300; 2,100.00
            "10000.01, 1.0,  851713, 2100.00",
            // over the mass only: VAT 18 % x 100 = 18.00; no declaration fee at this value
            "100.00,   30.5, 851713, 18.00",
    })
    void georgiaThresholdDutyVatAndDeclarationFee(String value, String kg, String hs, String gel) {
        assertThat(due(calculate("GE", Channel.COURIER, TODAY, value, "GEL", kg, "0", hs))).isEqualTo(gel);
    }

    @Test
    void georgiaAggregatesASellersParcelsOnOneConveyance() {
        // 250 GEL of the seller's earlier parcels + 100 GEL: 350 GEL together, so this one pays VAT 18 % x 100 = 18.00
        DeMinimisCalculation c = calculate("GE", Channel.COURIER, TODAY, "100.00", "GEL", "1", "250.00", "851713");
        assertThat(due(c)).isEqualTo("18.00");
        assertThat(c.outcome().allowanceUsedAfter()).isEqualTo(Money.of("350.00", "GEL"));
    }

    @Test
    void georgianClothesWaitForAnOfficerBecauseTheirRateIsNotInTheSources() {
        DeMinimisCalculation c = calculate("GE", Channel.COURIER, TODAY, "400.00", "GEL", "1", "0", "610910");
        assertThat(c.chargeComputed()).isFalse();
        assertThat(c.notComputed()).hasValueSatisfying(why -> assertThat(why).contains("HS 610910", "Clothes"));
    }

    // ---- Mongolia: 1,000 USD; 5 % duty for most goods and 10 % VAT; no MNT rate in the built-in table

    @Test
    void mongoliaNeedsAnImportedTugrikRateAboveItsThreshold() {
        assertThat(calculate("MN", Channel.POSTAL, TODAY, "1000.00", "USD", "1", "0", "610910").dutyFree()).isTrue();
        assertThatThrownBy(() -> calculate("MN", Channel.POSTAL, TODAY, "1200.00", "USD", "1", "0", "610910"))
                .isInstanceOf(RateUnavailable.class).hasMessageContaining("MNT");
    }

    // ---- the data itself

    @Test
    void everyCorridorCountryIsAJurisdictionWithSourcedDatedRegimes() {
        assertThat(JURISDICTIONS.all()).extracting(j -> j.code().value())
                .containsExactlyInAnyOrder("KZ", "KG", "UZ", "TJ", "TM", "AZ", "GE", "MN", "PK", "AF");
        JURISDICTIONS.regimes().forEach(r -> {
            assertThat(r.sources()).isNotEmpty().allMatch(s -> s.startsWith("http"));
            assertThat(r.legalReference()).isNotBlank();
            assertThat(r.caveat()).isNotBlank();
            r.fees().forEach(f -> assertThat(f.sources()).isNotEmpty().allMatch(s -> s.startsWith("http")));
        });
        for (Jurisdiction j : JURISDICTIONS.all()) {
            assertThat(JURISDICTIONS.regimesOf(j.code())).as(j.code().value()).isNotEmpty();
        }
        assertThat(JURISDICTIONS.find(KZ).orElseThrow().importVatOn(TODAY).orElseThrow().ratePercent())
                .isEqualByComparingTo("16");
        assertThat(JURISDICTIONS.find(KZ).orElseThrow().importVatOn(LocalDate.of(2025, 12, 31)).orElseThrow().ratePercent())
                .isEqualByComparingTo("12");
        assertThat(Optional.of(new DutyTariff().rates(CountryCode.of("GE"))).orElseThrow())
                .allMatch(r -> r.source().startsWith("http"));
    }
}
