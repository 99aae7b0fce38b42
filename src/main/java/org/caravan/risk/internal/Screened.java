package org.caravan.risk.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.caravan.filing.FiledConsignment;
import org.caravan.reference.CountryCode;
import org.caravan.reference.Currencies;
import org.caravan.reference.ExchangeRates;
import org.caravan.reference.Money;

/**
 * One consignment as a profile's conditions read it: with the signals the detectors found,
 * the filing date and hour on the jurisdiction's clock, and values in US dollars, which
 * are converted only when a condition asks, once per consignment.
 */
public final class Screened {

    private final FiledConsignment consignment;
    private final CountryCode jurisdiction;
    private final LocalDate on;
    private final LocalTime at;
    private final List<RiskSignal> signals;
    private final ExchangeRates rates;
    private BigDecimal[] unitPricesUsd;
    private BigDecimal declaredValueUsd;

    public Screened(FiledConsignment consignment, CountryCode jurisdiction, ZoneId zone, List<RiskSignal> signals,
            ExchangeRates rates) {
        this.consignment = consignment;
        this.jurisdiction = jurisdiction;
        ZonedDateTime local = consignment.filedAt().atZone(zone);
        this.on = local.toLocalDate();
        this.at = local.toLocalTime();
        this.signals = signals;
        this.rates = rates;
    }

    public FiledConsignment consignment() {
        return consignment;
    }

    public CountryCode jurisdiction() {
        return jurisdiction;
    }

    /** The filing date on the jurisdiction's clock: it dates rates and picks the profile version. */
    public LocalDate on() {
        return on;
    }

    LocalTime at() {
        return at;
    }

    public List<RiskSignal> signals() {
        return signals;
    }

    BigDecimal unitPriceUsd(int item) {
        if (unitPricesUsd == null) {
            unitPricesUsd = new BigDecimal[consignment.items().size()];
        }
        if (unitPricesUsd[item] == null) {
            FiledConsignment.Item line = consignment.items().get(item);
            unitPricesUsd[item] = usd(line.value()).divide(BigDecimal.valueOf(line.quantity()), 4, RoundingMode.HALF_UP);
        }
        return unitPricesUsd[item];
    }

    BigDecimal declaredValueUsd() {
        if (declaredValueUsd == null) {
            declaredValueUsd = usd(consignment.declaredValue());
        }
        return declaredValueUsd;
    }

    private BigDecimal usd(Money value) {
        return value.currency().equals(Currencies.USD) ? value.amount()
                : rates.convert(value, Currencies.USD, on).amount();
    }
}
