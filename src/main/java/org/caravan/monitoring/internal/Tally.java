package org.caravan.monitoring.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.caravan.monitoring.Amount;
import org.caravan.monitoring.Row;

/** The summed rollups of one period, or of a whole report, and the {@link Row} they make. */
final class Tally {

    private final Map<String, Long> counts = new HashMap<>();
    private final Map<String, SortedMap<Long, Long>> histograms = new HashMap<>();
    private final Map<String, SortedMap<String, BigDecimal>> money = new HashMap<>();

    void add(RollupLine line) {
        if (line.bucket() != null) {
            histograms.computeIfAbsent(line.measure(), m -> new TreeMap<>()).merge(line.bucket(), line.cases(), Long::sum);
        } else if (line.currency() != null) {
            money.computeIfAbsent(line.measure(), m -> new TreeMap<>()).merge(line.currency(),
                    line.amount() == null ? BigDecimal.ZERO : line.amount(), BigDecimal::add);
        } else {
            counts.merge(line.measure(), line.cases(), Long::sum);
        }
    }

    Row row(LocalDate period) {
        long decided = count(Measure.DECIDED);
        long released = count(Measure.RELEASED);
        long beforeArrival = count(Measure.RELEASED_BEFORE_ARRIVAL);
        long selected = countStartingWith(Measure.INSPECTION_SELECTED);
        long completed = countStartingWith(Measure.INSPECTION_COMPLETED);
        long hits = countStartingWith(Measure.INSPECTION_HIT);
        long targeted = count(Measure.INSPECTION_COMPLETED + "TARGETED");
        long targetedHits = count(Measure.INSPECTION_HIT + "TARGETED");
        long random = count(Measure.INSPECTION_COMPLETED + "RANDOM");
        long randomHits = count(Measure.INSPECTION_HIT + "RANDOM");
        return new Row(period, decided, beforeArrival, released, ratio(beforeArrival, released),
                percentile(Measure.FILING_TO_RELEASE, 50), percentile(Measure.FILING_TO_RELEASE, 90),
                percentile(Measure.ARRIVAL_TO_RELEASE, 50), percentile(Measure.ARRIVAL_TO_RELEASE, 90), selected,
                ratio(selected, decided), completed, hits, ratio(hits, completed), targeted, targetedHits,
                ratio(targetedHits, targeted), random, randomHits, ratio(randomHits, random), amounts(Measure.DUTIES_ASSESSED),
                amounts(Measure.DUTIES_COLLECTED));
    }

    /** Four decimals, half up; null when nothing was there to divide by. */
    static BigDecimal ratio(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    private long count(String measure) {
        return counts.getOrDefault(measure, 0L);
    }

    private long countStartingWith(String prefix) {
        return counts.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).mapToLong(Map.Entry::getValue).sum();
    }

    private Duration percentile(String measure, int percent) {
        Long ms = DurationHistogram.percentile(histograms.getOrDefault(measure, new TreeMap<>()), percent);
        return ms == null ? null : Duration.ofMillis(ms);
    }

    private List<Amount> amounts(String measure) {
        return money.getOrDefault(measure, new TreeMap<>()).entrySet().stream()
                .map(e -> new Amount(e.getValue(), e.getKey())).toList();
    }
}
