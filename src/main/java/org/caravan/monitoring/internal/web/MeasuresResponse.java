package org.caravan.monitoring.internal.web;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.caravan.monitoring.Amount;
import org.caravan.monitoring.Report;
import org.caravan.monitoring.Row;

/** A report as JSON: times in milliseconds, so a chart needs no duration parser. */
record MeasuresResponse(List<String> jurisdictions, Optional<String> lane, Optional<String> section, LocalDate from,
        LocalDate to, String granularity, List<Period> periods, Period total) {

    /** The measures of a period (or the total), as {@link Row}; null ratios and times where there was nothing. */
    record Period(LocalDate period, long decided, long releasedBeforeArrival, long released,
            BigDecimal shareReleasedBeforeArrival, Long medianFilingToReleaseMs, Long p90FilingToReleaseMs,
            Long medianArrivalToReleaseMs, Long p90ArrivalToReleaseMs, long inspectionsSelected,
            BigDecimal inspectionRate, long inspectionsCompleted, long hits, BigDecimal hitRate, long targetedInspections,
            long targetedHits, BigDecimal targetingPrecision, long randomInspections, long randomHits,
            BigDecimal randomHitRate, List<Amount> dutiesAssessed, List<Amount> dutiesCollected) {

        static Period of(Row r) {
            return new Period(r.period(), r.decided(), r.releasedBeforeArrival(), r.released(),
                    r.shareReleasedBeforeArrival(), ms(r.medianFilingToRelease()), ms(r.p90FilingToRelease()),
                    ms(r.medianArrivalToRelease()), ms(r.p90ArrivalToRelease()), r.inspectionsSelected(),
                    r.inspectionRate(), r.inspectionsCompleted(), r.hits(), r.hitRate(), r.targetedInspections(),
                    r.targetedHits(), r.targetingPrecision(), r.randomInspections(), r.randomHits(), r.randomHitRate(),
                    r.dutiesAssessed(), r.dutiesCollected());
        }

        private static Long ms(Duration d) {
            return d == null ? null : d.toMillis();
        }
    }

    static MeasuresResponse of(Report report) {
        return new MeasuresResponse(report.query().jurisdictions().stream().sorted().toList(), report.query().lane(),
                report.query().hsSection(), report.query().from(), report.query().to(),
                report.query().granularity().name().toLowerCase(), report.periods().stream().map(Period::of).toList(),
                Period.of(report.total()));
    }
}
