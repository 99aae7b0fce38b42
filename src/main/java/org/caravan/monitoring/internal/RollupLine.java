package org.caravan.monitoring.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One pre-aggregated row: a count ({@code bucket} and {@code currency} null), a histogram
 * bucket of a duration in milliseconds, or a sum of money in {@code currency}.
 */
public record RollupLine(LocalDate day, String jurisdiction, String lane, String section, String measure, Long bucket,
        String currency, long cases, BigDecimal amount) {
}
