package org.caravan.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A dated clearance regime for low-value consignments in one or more jurisdictions,
 * with its allowance, the charge on the excess, and where the rule comes from.
 */
public record Regime(String id, String name, Set<CountryCode> jurisdictions, Set<Channel> channels,
        LocalDate validFrom, Optional<LocalDate> validTo, Allowance allowance, ExcessCharge excess,
        String legalReference, List<String> sources, Confidence confidence, String caveat) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public boolean inForce(LocalDate on) {
        return !on.isBefore(validFrom) && validTo.map(to -> !on.isAfter(to)).orElse(true);
    }

    public boolean appliesTo(CountryCode jurisdiction, Channel channel, LocalDate on) {
        return jurisdictions.contains(jurisdiction) && channels.contains(channel) && inForce(on);
    }

    /**
     * Applies the allowance and the excess charge.
     *
     * @param value      the consignment's customs value in the allowance currency
     * @param grossMassKg the consignment's gross mass
     * @param usedBefore what the recipient already used of a periodic allowance (zero per consignment)
     */
    public RegimeOutcome apply(Money value, BigDecimal grossMassKg, Money usedBefore) {
        Money limit = allowance.value();
        Money used = allowance.accumulates() ? usedBefore : Money.zero(limit.currency());
        Money total = used.plus(value);
        Money zero = Money.zero(limit.currency());
        Money excessValue = total.minus(limit).max(zero).min(value);
        BigDecimal excessMass = allowance.grossMassKg().map(max -> grossMassKg.subtract(max).max(BigDecimal.ZERO))
                .orElse(BigDecimal.ZERO);
        Money usedAfter = allowance.accumulates() ? total.min(limit) : zero;
        boolean within = !excessValue.isPositive() && excessMass.signum() == 0;
        Optional<Money> charge = within ? Optional.of(zero) : charge(excessValue, excessMass);
        return new RegimeOutcome(value, used, excessValue, excessMass, charge, usedAfter);
    }

    private Optional<Money> charge(Money excessValue, BigDecimal excessMass) {
        if (excess.method() == ExcessCharge.Method.NOT_CONFIRMED) {
            return Optional.empty();
        }
        Money onValue = excessValue.times(excess.ratePercent().orElseThrow().divide(HUNDRED));
        Money floor = excess.minimumPerExcessKg().map(perKg -> perKg.times(excessMass))
                .orElse(Money.zero(onValue.currency()));
        return Optional.of(onValue.max(floor));
    }
}
