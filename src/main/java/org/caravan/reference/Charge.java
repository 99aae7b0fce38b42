package org.caravan.reference;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One line of what is due on a consignment: what it is levied on, at what rate (with the
 * floor per kg where one applies), the amount in the currency the rule is stated in and
 * what is due in the currency of payment, rounded to its minor unit, with the legal basis
 * and the computation in words.
 *
 * @param minimum   the floor that applied instead of the rate, when it was greater
 * @param massKg    the mass a per-kg floor or fee counted
 * @param rate      the rate that restated {@code amount} in the currency of payment
 */
public record Charge(ChargeKind kind, String name, Payer payer, Money base, Optional<BigDecimal> ratePercent,
        Optional<Money> perKg, Optional<BigDecimal> massKg, boolean minimumApplied, Money amount, Money due,
        Optional<ExchangeRate> rate, String legalBasis, String explanation) {
}
