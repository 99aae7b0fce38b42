package org.caravan.reference;

import java.time.LocalDate;
import java.util.Currency;

/** No rate for the currency was published on or before the date asked for. */
public class RateUnavailable extends RuntimeException {

    public RateUnavailable(Currency currency, LocalDate date) {
        super("No exchange rate for " + currency.getCurrencyCode() + " on or before " + date);
    }
}
