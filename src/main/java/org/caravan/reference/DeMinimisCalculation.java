package org.caravan.reference;

import java.util.Optional;

/**
 * A regime applied to one consignment: the rate used to value it in the allowance
 * currency, the outcome there, and the charge restated in the jurisdiction's currency
 * (rounded to its minor unit) when the regime could compute one.
 */
public record DeMinimisCalculation(Regime regime, Jurisdiction jurisdiction, java.time.LocalDate assessedOn, Money customsValue,
        ExchangeRate valuationRate, RegimeOutcome outcome, Optional<ExchangeRate> paymentRate,
        Optional<Money> chargeInAllowanceCurrency, Optional<Money> chargeDue) {

    public boolean dutyFree() {
        return outcome.withinAllowance() || chargeDue.map(Money::isZero).orElse(false);
    }

    public boolean chargeComputed() {
        return outcome.chargeComputed();
    }
}
