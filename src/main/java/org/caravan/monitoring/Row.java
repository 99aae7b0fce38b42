package org.caravan.monitoring;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * The measures of one period (starting on {@code period}) or of a whole report. Ratios have
 * four decimals and are null when their denominator is 0; times are nearest-rank percentiles,
 * exact to 3 significant figures of milliseconds (rounded up), null when nothing was released.
 * Definitions in docs/monitoring.md.
 */
public record Row(LocalDate period, long decided, long releasedBeforeArrival, long released,
        BigDecimal shareReleasedBeforeArrival, Duration medianFilingToRelease, Duration p90FilingToRelease,
        Duration medianArrivalToRelease, Duration p90ArrivalToRelease, long inspectionsSelected,
        BigDecimal inspectionRate, long inspectionsCompleted, long hits, BigDecimal hitRate, long targetedInspections,
        long targetedHits, BigDecimal targetingPrecision, long randomInspections, long randomHits,
        BigDecimal randomHitRate, List<Amount> dutiesAssessed, List<Amount> dutiesCollected) {

    public Row {
        dutiesAssessed = List.copyOf(dutiesAssessed);
        dutiesCollected = List.copyOf(dutiesCollected);
    }
}
