package org.caravan.clearance.internal.model;

import java.math.BigDecimal;
import java.util.Optional;

import org.caravan.reference.Allowance;
import org.caravan.reference.Money;

/** The de minimis allowance as it stood for this consignment: its size, and what was used before and after it. */
public record AllowanceUse(Allowance.Basis basis, Money value, Optional<BigDecimal> grossMassKg, Money usedBefore,
        Money usedAfter) {
}
