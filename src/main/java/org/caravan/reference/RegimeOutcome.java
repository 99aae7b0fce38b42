package org.caravan.reference;

import java.math.BigDecimal;

/**
 * A regime's allowance applied to one consignment, in the allowance currency at full
 * precision: what was used before and after, and by how much value and mass the
 * consignment exceeds what is left.
 */
public record RegimeOutcome(Money value, Money allowanceUsedBefore, Money excessValue, BigDecimal excessMassKg,
        Money allowanceUsedAfter) {

    public boolean withinAllowance() {
        return !excessValue.isPositive() && excessMassKg.signum() <= 0;
    }
}
