package org.caravan.reference;

import java.time.LocalDate;
import java.util.Currency;

/** No rate for the currency was published on or before the date asked for. */
public class RateUnavailable extends RuntimeException {

    private final transient Currency currency;
    private final LocalDate date;

    public RateUnavailable(Currency currency, LocalDate date) {
        super("No exchange rate for " + currency.getCurrencyCode() + " on or before " + date);
        this.currency = currency;
        this.date = date;
    }

    /** The currency without a rate, so a caller can name the field that brought it in. */
    public Currency currency() {
        return currency;
    }

    public LocalDate date() {
        return date;
    }
}
