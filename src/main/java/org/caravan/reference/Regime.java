package org.caravan.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A dated clearance regime for low-value consignments in one or more jurisdictions and
 * channels: its allowance, what is charged above it, its fees, and where the rule comes
 * from, how sure that source is and what to beware of. A changed rule is a new regime
 * with its own id and dates, never an edit of one that parcels were assessed under.
 */
public record Regime(String id, String name, Set<CountryCode> jurisdictions, Set<Channel> channels,
        LocalDate validFrom, Optional<LocalDate> validTo, Allowance allowance, ExcessCharge excess, List<Fee> fees,
        String legalReference, List<String> sources, Confidence confidence, String caveat) {

    public Regime {
        fees = List.copyOf(fees);
    }

    public boolean inForce(LocalDate on) {
        return started(on) && validTo.map(to -> !on.isAfter(to)).orElse(true);
    }

    public boolean started(LocalDate on) {
        return !on.isBefore(validFrom);
    }

    public boolean appliesTo(CountryCode jurisdiction, Channel channel, LocalDate on) {
        return covers(jurisdiction, channel) && inForce(on);
    }

    public boolean covers(CountryCode jurisdiction, Channel channel) {
        return jurisdictions.contains(jurisdiction) && channels.contains(channel);
    }

    /**
     * Applies the allowance: what is left of it for this consignment and by how much the
     * consignment exceeds it.
     *
     * @param value       the consignment's customs value in the allowance currency
     * @param grossMassKg the consignment's gross mass
     * @param usedBefore  what earlier parcels used of an allowance that accumulates (ignored per consignment)
     */
    public RegimeOutcome apply(Money value, BigDecimal grossMassKg, Money usedBefore) {
        Money limit = allowance.value();
        Money zero = Money.zero(limit.currency());
        Money used = allowance.accumulates() ? usedBefore : zero;
        Money total = used.plus(value);
        Money excessValue = total.minus(limit).max(zero).min(value);
        BigDecimal excessMass = allowance.grossMassKg().map(max -> grossMassKg.subtract(max).max(BigDecimal.ZERO))
                .orElse(BigDecimal.ZERO);
        // a quota is used up to its size; a seller's conveyance counts everything, as one consignment
        Money usedAfter = switch (allowance.basis()) {
            case PER_CONSIGNMENT -> zero;
            case PER_RECIPIENT_CALENDAR_MONTH -> total.min(limit);
            case PER_SELLER_CONVEYANCE -> total;
        };
        return new RegimeOutcome(value, used, excessValue, excessMass, usedAfter);
    }
}
