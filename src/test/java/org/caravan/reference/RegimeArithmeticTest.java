package org.caravan.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hand-computed cases at and around every threshold of the regimes in the bundled
 * reference data, so a change of data or arithmetic shows here first.
 */
class RegimeArithmeticTest {

    static final Jurisdictions JURISDICTIONS = new Jurisdictions();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    static Regime eaeu() {
        return JURISDICTIONS.regimeFor(CountryCode.of("KZ"), Channel.COURIER, TODAY).orElseThrow();
    }

    static Regime uzCourier() {
        return JURISDICTIONS.regimeFor(CountryCode.of("UZ"), Channel.COURIER, TODAY).orElseThrow();
    }

    @ParameterizedTest(name = "EAEU: {0} EUR, {1} kg -> excess {2} EUR / {3} kg, charge {4} EUR")
    @CsvSource({
            // at the thresholds: nothing due
            "200.00, 31.000, 0.00, 0.000, 0",
            "0.01,   0.100,  0.00, 0.000, 0",
            // one cent over the value threshold: 15 % of 0.01
            "200.01, 31.000, 0.01, 0.000, 0.0015",
            // value over: 15 % of the excess value
            "201.00, 1.000,  1.00, 0.000, 0.15",
            "300.00, 31.000, 100.00, 0.000, 15.00",
            // mass over, value under: 2 EUR per kg of excess mass
            "100.00, 31.500, 0.00, 0.500, 1.00",
            "100.00, 31.001, 0.00, 0.001, 0.002",
            // both over: the greater of 15 % of excess value and 2 EUR per excess kg
            "300.00, 40.000, 100.00, 9.000, 18.00",
            "400.00, 32.000, 200.00, 1.000, 30.00",
    })
    void eaeuPersonalUseSingleRate(String value, String kg, String excessValue, String excessKg, String charge) {
        RegimeOutcome outcome = eaeu().apply(Money.of(value, "EUR"), new BigDecimal(kg), Money.zero(Currencies.EUR));
        assertThat(outcome.excessValue().amount()).isEqualByComparingTo(excessValue);
        assertThat(outcome.excessMassKg()).isEqualByComparingTo(excessKg);
        assertThat(outcome.charge().orElseThrow().amount()).isEqualByComparingTo(charge);
        assertThat(outcome.withinAllowance()).isEqualTo(new BigDecimal(charge).signum() == 0);
    }

    @Test
    void eaeuAllowanceIsPerConsignmentAndIgnoresEarlierParcels() {
        RegimeOutcome outcome = eaeu().apply(Money.of("150.00", "EUR"), BigDecimal.ONE, Money.of("180.00", "EUR"));
        assertThat(outcome.withinAllowance()).isTrue();
    }

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
        RegimeOutcome outcome = uzCourier().apply(Money.of(value, "USD"), new BigDecimal("40"), Money.of(used, "USD"));
        assertThat(outcome.excessValue().amount()).isEqualByComparingTo(excess);
        assertThat(outcome.allowanceUsedAfter().amount()).isEqualByComparingTo(usedAfter);
        assertThat(outcome.excessMassKg()).as("the quota has no weight limit").isZero();
        if (outcome.withinAllowance()) {
            assertThat(outcome.charge().orElseThrow().isZero()).isTrue();
        } else {
            assertThat(outcome.charge()).as("the single customs payment rate is not confirmed").isEmpty();
        }
    }

    @Test
    void regimesAreDatedAndSourced() {
        assertThat(JURISDICTIONS.regimeFor(CountryCode.of("UZ"), Channel.COURIER, LocalDate.of(2025, 4, 30))).isEmpty();
        assertThat(JURISDICTIONS.regimeFor(CountryCode.of("UZ"), Channel.COURIER, LocalDate.of(2025, 5, 1))).isPresent();
        assertThat(JURISDICTIONS.regimeFor(CountryCode.of("KG"), Channel.COURIER, TODAY).map(Regime::id))
                .contains("EAEU-PERSONAL-USE-2020");
        assertThat(JURISDICTIONS.regimeFor(CountryCode.of("KZ"), Channel.COURIER, LocalDate.of(2019, 12, 31))).isEmpty();
        assertThat(JURISDICTIONS.regimeFor(CountryCode.of("UZ"), Channel.POSTAL, TODAY).map(r -> r.allowance().value()))
                .contains(Money.of("100", "USD"));
        JURISDICTIONS.regimes().forEach(r -> {
            assertThat(r.sources()).allMatch(s -> s.startsWith("http"));
            assertThat(r.legalReference()).isNotBlank();
        });
        assertThat(JURISDICTIONS.find(CountryCode.of("KZ")).orElseThrow().importVatOn(TODAY).orElseThrow().ratePercent())
                .isEqualByComparingTo("16");
    }
}
