package org.caravan.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A regime applied to one consignment: the rate used to value it in the allowance
 * currency, the allowance outcome there, and each charge with what is due in the
 * jurisdiction's currency. {@code notComputed} says why a charge that is due could not be
 * computed (a rate no source confirms, no tariff rate for a code): an officer assesses it.
 */
public record DeMinimisCalculation(Regime regime, Jurisdiction jurisdiction, LocalDate assessedOn, Money customsValue,
        ExchangeRate valuationRate, RegimeOutcome outcome, List<Charge> charges, Optional<String> notComputed) {

    public DeMinimisCalculation {
        charges = List.copyOf(charges);
    }

    public boolean chargeComputed() {
        return notComputed.isEmpty();
    }

    /** What the recipient pays, in the jurisdiction's currency: the sum of the rounded lines; empty when not computed. */
    public Optional<Money> chargeDue() {
        if (!chargeComputed()) {
            return Optional.empty();
        }
        Money total = Money.zero(jurisdiction.currency()).rounded();
        for (Charge c : charges) {
            if (c.payer() == Payer.RECIPIENT) {
                total = total.plus(c.due());
            }
        }
        return Optional.of(total);
    }

    /** Whether the recipient owes nothing: within the allowance, or every line came to zero. */
    public boolean dutyFree() {
        return chargeDue().map(Money::isZero).orElse(false);
    }

    /** Charges the declarant pays itself (a courier's clearance fee), not the recipient. */
    public List<Charge> declarantCharges() {
        return charges.stream().filter(c -> c.payer() == Payer.DECLARANT).toList();
    }
}
