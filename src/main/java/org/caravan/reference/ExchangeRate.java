package org.caravan.reference;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Currency;

/** How many units of {@code to} one unit of {@code from} buys, as published on {@code date} by {@code source}. */
public record ExchangeRate(Currency from, Currency to, BigDecimal rate, LocalDate date, String source) {

    static final MathContext PRECISION = MathContext.DECIMAL64;

    public Money convert(Money money) {
        if (!money.currency().equals(from)) {
            throw new IllegalArgumentException("Rate is for " + from + ", not " + money.currency());
        }
        return Money.of(money.amount().multiply(rate, PRECISION), to);
    }
}
