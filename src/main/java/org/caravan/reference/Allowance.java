package org.caravan.reference;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The de minimis allowance of a regime: a value and optionally a gross mass, counted per
 * consignment, per recipient over a calendar month (a quota summed across couriers and
 * platforms), or over the parcels of one seller on one conveyance (aggregated as one).
 */
public record Allowance(Basis basis, Money value, Optional<BigDecimal> grossMassKg) {

    public enum Basis {
        PER_CONSIGNMENT, PER_RECIPIENT_CALENDAR_MONTH, PER_SELLER_CONVEYANCE
    }

    /** Whether earlier parcels count against this one: the recipient's month, or the seller's conveyance. */
    public boolean accumulates() {
        return basis != Basis.PER_CONSIGNMENT;
    }

    public boolean perRecipient() {
        return basis == Basis.PER_RECIPIENT_CALENDAR_MONTH;
    }
}
