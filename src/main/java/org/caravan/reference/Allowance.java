package org.caravan.reference;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The de minimis allowance of a regime: a value and optionally a gross mass, counted
 * per consignment or per recipient over a calendar month.
 */
public record Allowance(Basis basis, Money value, Optional<BigDecimal> grossMassKg) {

    public enum Basis {
        PER_CONSIGNMENT, PER_RECIPIENT_CALENDAR_MONTH
    }

    public boolean accumulates() {
        return basis == Basis.PER_RECIPIENT_CALENDAR_MONTH;
    }
}
