package org.caravan.risk.internal.learning;

import java.time.LocalDate;
import java.util.Currency;

/** US dollars per unit of a currency on a date, NaN when none is known: the model's values are in USD. */
@FunctionalInterface
public interface UsdRates {

    double usdPer(Currency currency, LocalDate on);
}
