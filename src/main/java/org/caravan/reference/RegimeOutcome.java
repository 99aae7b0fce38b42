package org.caravan.reference;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A regime applied to one consignment, in the allowance currency at full precision.
 * {@code charge} is empty when a charge is due but the regime cannot compute it.
 */
public record RegimeOutcome(Money value, Money allowanceUsedBefore, Money excessValue, BigDecimal excessMassKg,
        Optional<Money> charge, Money allowanceUsedAfter) {

    public boolean withinAllowance() {
        return !excessValue.isPositive() && excessMassKg.signum() <= 0;
    }

    public boolean chargeComputed() {
        return charge.isPresent();
    }
}
