package org.caravan.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of money and of the regime arithmetic that hold for every amount. */
class MoneyPropertiesTest {

    static final Gen<BigDecimal> AMOUNTS = longs().between(0, 100_000_000_000L).zip(integers().between(0, 6),
            (unscaled, scale) -> BigDecimal.valueOf(unscaled, scale));

    @Test
    void roundingIsIdempotentAndWithinHalfAMinorUnit() {
        qt().forAll(AMOUNTS, integers().between(0, 2)).checkAssert((amount, c) -> {
            Currency currency = Currency.getInstance(new String[] {"EUR", "KZT", "JPY"}[c]);
            Money rounded = Money.of(amount, currency).rounded();
            assertThat(rounded.rounded()).isEqualTo(rounded);
            BigDecimal half = BigDecimal.ONE.movePointLeft(Math.max(currency.getDefaultFractionDigits(), 0)).divide(BigDecimal.valueOf(2));
            assertThat(rounded.amount().subtract(amount).abs()).isLessThanOrEqualTo(half);
        });
    }

    /** Regimes that compute what is due, each on a date it is in force, with goods whose rate is cited. */
    static final List<String[]> COMPUTING = List.of(
            new String[] {"KZ", "2026-03-25", "EUR", "851713"},
            new String[] {"KZ", "2026-11-25", "EUR", "851713"},
            new String[] {"KG", "2026-11-25", "EUR", "851713"},
            new String[] {"AZ", "2026-11-25", "USD", "851713"},
            new String[] {"GE", "2026-11-25", "GEL", "330430"},
            new String[] {"UZ", "2026-11-25", "USD", "851713"});

    static Optional<Money> due(String[] regime, BigDecimal value, BigDecimal kg, BigDecimal usedBefore) {
        CountryCode code = CountryCode.of(regime[0]);
        LocalDate on = LocalDate.parse(regime[1]);
        Regime r = RegimeArithmeticTest.CALCULATOR.regimeFor(code, Channel.COURIER, on).orElseThrow();
        Money customsValue = Money.of(value, Currency.getInstance(regime[2]));
        return RegimeArithmeticTest.CALCULATOR.calculate(r, code, on, new Parcel(customsValue, kg,
                List.of(new Parcel.Goods(new HsCode(regime[3]), customsValue)),
                Money.of(usedBefore, r.allowance().value().currency()))).chargeDue();
    }

    @Test
    void moreValueOrMassNeverLowersWhatIsDue() {
        qt().forAll(integers().between(0, COMPUTING.size() - 1), AMOUNTS.zip(AMOUNTS, (a, b) -> new BigDecimal[] {a, b}),
                longs().between(100, 100_000), longs().between(0, 100_000)).checkAssert((i, values, grams, dg) -> {
                    BigDecimal v1 = values[0];
                    BigDecimal dv = values[1];
                    String[] regime = COMPUTING.get(i);
                    BigDecimal kg = BigDecimal.valueOf(grams, 3);
                    Optional<Money> low = due(regime, v1, kg, BigDecimal.ZERO);
                    Optional<Money> high = due(regime, v1.add(dv), kg.add(BigDecimal.valueOf(dg, 3)), BigDecimal.ZERO);
                    // Uzbekistan computes nothing above its quota: only what is computed is compared
                    if (low.isPresent() && high.isPresent()) {
                        assertThat(high.get().compareTo(low.get())).as(String.join(" ", regime)).isGreaterThanOrEqualTo(0);
                        assertThat(low.get().amount().signum()).isGreaterThanOrEqualTo(0);
                    }
                });
    }

    @Test
    void everyAmountDueIsInTheMinorUnitOfItsCurrency() {
        qt().forAll(integers().between(0, COMPUTING.size() - 1), AMOUNTS, longs().between(1, 100_000))
                .checkAssert((i, value, grams) -> {
                    String[] regime = COMPUTING.get(i);
                    CountryCode code = CountryCode.of(regime[0]);
                    LocalDate on = LocalDate.parse(regime[1]);
                    Regime r = RegimeArithmeticTest.CALCULATOR.regimeFor(code, Channel.COURIER, on).orElseThrow();
                    Money customsValue = Money.of(value, Currency.getInstance(regime[2]));
                    DeMinimisCalculation c = RegimeArithmeticTest.CALCULATOR.calculate(r, code, on, new Parcel(customsValue,
                            BigDecimal.valueOf(grams, 3), List.of(new Parcel.Goods(new HsCode(regime[3]), customsValue)),
                            Money.zero(r.allowance().value().currency())));
                    for (Charge line : c.charges()) {
                        assertThat(line.due().currency()).isEqualTo(c.jurisdiction().currency());
                        assertThat(line.due().amount().scale()).isEqualTo(line.due().currency().getDefaultFractionDigits());
                    }
                    c.chargeDue().ifPresent(total -> assertThat(total.amount().scale())
                            .isEqualTo(total.currency().getDefaultFractionDigits()));
                });
    }

    /**
     * A recipient's month is one quota whoever carries or sells the parcels: however the same
     * purchases are split into parcels and in whatever order they arrive, the excess over all
     * of them and the quota used come to the same.
     */
    @Test
    void quotaUseIsConservedAcrossAnySplitOfTheSamePurchases() {
        Regime uz = RegimeArithmeticTest.uzCourier();
        qt().forAll(lists().of(longs().between(1, 30_000)).ofSizeBetween(1, 12), longs().all())
                .checkAssert((cents, seed) -> {
                    List<Long> order = new ArrayList<>(cents);
                    Collections.shuffle(order, new Random(seed));
                    BigDecimal total = BigDecimal.valueOf(cents.stream().mapToLong(Long::longValue).sum(), 2);
                    for (List<Long> parcels : List.of(cents, order, List.of(cents.stream().mapToLong(Long::longValue).sum()))) {
                        Money used = Money.zero(Currencies.USD);
                        Money excess = Money.zero(Currencies.USD);
                        for (long c : parcels) {
                            RegimeOutcome outcome = uz.apply(Money.of(BigDecimal.valueOf(c, 2), Currencies.USD), BigDecimal.ONE, used);
                            excess = excess.plus(outcome.excessValue());
                            used = outcome.allowanceUsedAfter();
                        }
                        assertThat(excess.amount()).isEqualByComparingTo(total.subtract(new BigDecimal("200")).max(BigDecimal.ZERO));
                        assertThat(used.amount()).isEqualByComparingTo(total.min(new BigDecimal("200")));
                    }
                });
    }

    @Test
    void quotaUsageNeverExceedsTheAllowance() {
        Regime uz = RegimeArithmeticTest.uzCourier();
        qt().forAll(longs().between(0, 20_000), AMOUNTS).checkAssert((usedCents, value) -> {
            Money used = Money.of(BigDecimal.valueOf(usedCents, 2), Currencies.USD);
            RegimeOutcome outcome = uz.apply(Money.of(value, Currencies.USD), BigDecimal.ONE, used);
            assertThat(outcome.allowanceUsedAfter().amount()).isLessThanOrEqualTo(new BigDecimal("200"));
            assertThat(outcome.excessValue().plus(outcome.allowanceUsedAfter()).minus(used).amount())
                    .as("what is not covered by the allowance is excess").isEqualByComparingTo(value);
        });
    }
}
