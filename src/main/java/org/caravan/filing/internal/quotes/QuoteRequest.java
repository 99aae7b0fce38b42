package org.caravan.filing.internal.quotes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.caravan.reference.Channel;
import org.caravan.reference.CountryCode;
import org.caravan.reference.HsCode;
import org.caravan.reference.Money;

/**
 * A validated quote request. {@code grossMassKg} is the parcel's, as given or summed from the
 * items; {@code massSummed} says which, so the answer can note it.
 */
public record QuoteRequest(CountryCode destination, Channel channel, List<Item> items, Optional<Money> shippingCost,
        BigDecimal grossMassKg, boolean massSummed, Optional<String> consumerId, LocalDate assessmentDate) {

    public QuoteRequest {
        items = List.copyOf(items);
    }

    /** One line: the value and mass of one unit, times the quantity. */
    public record Item(HsCode hsCode, Optional<String> description, Money unitValue, int quantity, BigDecimal unitMassKg,
            CountryCode originCountry) {

        public Money value() {
            return unitValue.times(BigDecimal.valueOf(quantity));
        }

        public BigDecimal massKg() {
            return unitMassKg.multiply(BigDecimal.valueOf(quantity));
        }
    }
}
