package org.caravan.clearance.internal.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

import org.caravan.reference.ExchangeRate;

/** An exchange rate an assessment used, with what it was used for, its date and its source. */
public record RateUsed(Purpose purpose, Currency from, Currency to, BigDecimal rate, LocalDate date, String source) {

    public enum Purpose {
        /** Values the consignment in the allowance's currency. */
        VALUATION,
        /** Restates the charge in the currency it is paid in. */
        PAYMENT
    }

    public static RateUsed of(Purpose purpose, ExchangeRate rate) {
        return new RateUsed(purpose, rate.from(), rate.to(), rate.rate(), rate.date(), rate.source());
    }
}
