package org.caravan.clearance.internal.model;

import java.math.BigDecimal;
import java.util.Optional;

import org.caravan.reference.Money;

/**
 * One charge of an assessment: what it is levied on, at what rate, the amount in the
 * regime's currency and what is due in the currency of payment, with the legal basis and
 * a sentence a trader can read.
 */
public record ChargeLine(ChargeType type, Money base, Optional<BigDecimal> ratePercent, Money amount, Money due,
        String legalBasis, String explanation) {
}
