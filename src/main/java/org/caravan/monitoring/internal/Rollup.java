package org.caravan.monitoring.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The counts of one event batch, summed in memory so a chunk of 2,000 decisions becomes a
 * handful of rows. Each count is made under the UTC date of its event and the case's
 * jurisdiction, trade lane and HS section ({@code unknown} when the event does not say).
 */
final class Rollup {

    private static final String UNKNOWN = "unknown";

    private record Key(LocalDate day, String jurisdiction, String lane, String section, String measure, Long bucket,
            String currency) {
    }

    private static final class Sum {
        long cases;
        BigDecimal amount;
    }

    /** Where a count goes: the UTC day of the event and the case's keys. */
    record Keys(LocalDate day, String jurisdiction, String lane, String section) {

        static Keys of(Instant at, String jurisdiction, String lane, String section) {
            return new Keys(LocalDate.ofInstant(at, ZoneOffset.UTC), jurisdiction, lane == null ? UNKNOWN : lane,
                    section == null ? UNKNOWN : section);
        }
    }

    private final Map<Key, Sum> sums = new LinkedHashMap<>();

    void count(Keys k, String measure) {
        sum(k, measure, null, null).cases++;
    }

    /** A duration into its measure's histogram (negative durations, from skewed clocks, count as 0). */
    void duration(Keys k, String measure, Instant from, Instant to) {
        sum(k, measure, DurationHistogram.bucketOf(Duration.between(from, to).toMillis()), null).cases++;
    }

    void money(Keys k, String measure, BigDecimal amount, String currency) {
        Sum s = sum(k, measure, null, currency);
        s.cases++;
        s.amount = s.amount == null ? amount : s.amount.add(amount);
    }

    boolean isEmpty() {
        return sums.isEmpty();
    }

    List<RollupLine> lines() {
        return sums.entrySet().stream().map(e -> new RollupLine(e.getKey().day(), e.getKey().jurisdiction(),
                e.getKey().lane(), e.getKey().section(), e.getKey().measure(), e.getKey().bucket(), e.getKey().currency(),
                e.getValue().cases, e.getValue().amount)).toList();
    }

    private Sum sum(Keys k, String measure, Long bucket, String currency) {
        return sums.computeIfAbsent(new Key(k.day(), k.jurisdiction(), k.lane(), k.section(), measure, bucket, currency),
                key -> new Sum());
    }
}
