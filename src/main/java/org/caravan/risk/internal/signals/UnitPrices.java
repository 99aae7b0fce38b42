package org.caravan.risk.internal.signals;

import java.math.BigDecimal;

import org.caravan.filing.FiledConsignment;
import org.caravan.reference.Currencies;
import org.caravan.reference.ExchangeRates;
import org.caravan.reference.Jurisdictions;
import org.caravan.reference.RateUnavailable;
import org.caravan.risk.internal.signals.PriceStatistics.Measure;
import org.springframework.stereotype.Component;

/**
 * The unit prices of a consignment's goods in USD at the rate of its filing day, one way
 * for learning and for screening: per unit for every item, and per kg of gross mass when
 * the parcel holds one item (the mass of one item among several is not declared).
 */
@Component
public class UnitPrices {

    private final ExchangeRates rates;
    private final Jurisdictions jurisdictions;

    UnitPrices(ExchangeRates rates, Jurisdictions jurisdictions) {
        this.rates = rates;
        this.jurisdictions = jurisdictions;
    }

    /** A price of one item with how it is counted. */
    public interface Each {
        void accept(int index, FiledConsignment.Item item, Measure measure, double usd);
    }

    /** Hands each price of the consignment to {@code each}; goods whose value cannot be converted that day give none. */
    public void forEach(FiledConsignment c, Each each) {
        var on = jurisdictions.dateIn(c.destination(), c.filedAt());
        for (int i = 0; i < c.items().size(); i++) {
            FiledConsignment.Item item = c.items().get(i);
            double usd;
            try {
                usd = rates.convert(item.value(), Currencies.USD, on).amount().doubleValue();
            } catch (RateUnavailable e) {
                continue;
            }
            if (usd <= 0 || item.quantity() <= 0) {
                continue;
            }
            each.accept(i, item, Measure.UNIT, usd / item.quantity());
            if (c.items().size() == 1 && c.grossMassKg().compareTo(BigDecimal.ZERO) > 0) {
                each.accept(i, item, Measure.KG, usd / c.grossMassKg().doubleValue());
            }
        }
    }
}
