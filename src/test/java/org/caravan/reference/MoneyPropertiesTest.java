package org.caravan.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.Currency;

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

    @Test
    void eaeuChargeNeverDecreasesAsValueOrMassGrows() {
        Regime eaeu = RegimeArithmeticTest.eaeu();
        Money none = Money.zero(Currencies.EUR);
        qt().forAll(AMOUNTS, AMOUNTS, longs().between(0, 100_000), longs().between(0, 100_000))
                .checkAssert((v1, dv, grams, dg) -> {
                    BigDecimal kg = BigDecimal.valueOf(grams, 3);
                    Money low = eaeu.apply(Money.of(v1, Currencies.EUR), kg, none).charge().orElseThrow();
                    Money high = eaeu.apply(Money.of(v1.add(dv), Currencies.EUR), kg.add(BigDecimal.valueOf(dg, 3)), none)
                            .charge().orElseThrow();
                    assertThat(high.compareTo(low)).isGreaterThanOrEqualTo(0);
                    assertThat(low.amount().signum()).isGreaterThanOrEqualTo(0);
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
