package org.caravan.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * Values a consignment at the dated rate, applies the regime in force and restates the
 * charge in the jurisdiction's currency. Shared by clearance (assessment) and filing
 * (landed-cost estimate at checkout) so both use one arithmetic.
 */
@Service
public class DeMinimisCalculator {

    private final Jurisdictions jurisdictions;
    private final ExchangeRates rates;

    public DeMinimisCalculator(Jurisdictions jurisdictions, ExchangeRates rates) {
        this.jurisdictions = jurisdictions;
        this.rates = rates;
    }

    /** The regime in force, if any, for parcels of the channel entering the jurisdiction on the date. */
    public Optional<Regime> regimeFor(CountryCode jurisdiction, Channel channel, LocalDate on) {
        return jurisdictions.regimeFor(jurisdiction, channel, on);
    }

    /**
     * @param usedBefore what the recipient already used of a periodic allowance, in the allowance currency
     */
    public DeMinimisCalculation calculate(Regime regime, CountryCode jurisdictionCode, LocalDate on, Money customsValue,
            BigDecimal grossMassKg, Money usedBefore) {
        Jurisdiction jurisdiction = jurisdictions.find(jurisdictionCode)
                .orElseThrow(() -> new IllegalArgumentException("Not a jurisdiction Caravan clears for: " + jurisdictionCode));
        var allowanceCurrency = regime.allowance().value().currency();
        ExchangeRate valuation = rates.rate(customsValue.currency(), allowanceCurrency, on);
        RegimeOutcome outcome = regime.apply(valuation.convert(customsValue), grossMassKg, usedBefore);
        Optional<Money> charge = outcome.charge().map(Money::rounded);
        Optional<ExchangeRate> paymentRate = charge.map(c -> rates.rate(allowanceCurrency, jurisdiction.currency(), on));
        // restate the unrounded charge, then round once in the currency of payment
        Optional<Money> due = outcome.charge().map(c -> paymentRate.get().convert(c).rounded());
        return new DeMinimisCalculation(regime, jurisdiction, on, customsValue, valuation, outcome, paymentRate, charge, due);
    }
}
