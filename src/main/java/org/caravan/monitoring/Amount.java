package org.caravan.monitoring;

import java.math.BigDecimal;

/** A sum of money in one ISO 4217 currency; sums in different currencies are never added. */
public record Amount(BigDecimal amount, String currency) {
}
