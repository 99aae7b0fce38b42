package org.caravan.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * Times to release are kept as counts per bucket of milliseconds rounded up to three
 * significant figures; the percentiles read from the buckets are the exact nearest-rank
 * percentiles rounded the same way, however the durations are spread.
 */
class DurationHistogramTest {

    @Test
    void aBucketIsTheDurationRoundedUpToThreeSignificantFigures() {
        assertThat(DurationHistogram.bucketOf(0)).isZero();
        assertThat(DurationHistogram.bucketOf(999)).isEqualTo(999);
        assertThat(DurationHistogram.bucketOf(1000)).isEqualTo(1000);
        assertThat(DurationHistogram.bucketOf(1001)).isEqualTo(1010);
        assertThat(DurationHistogram.bucketOf(123_456)).isEqualTo(124_000);
        assertThat(DurationHistogram.bucketOf(999_001)).isEqualTo(1_000_000);
        assertThat(DurationHistogram.bucketOf(-5)).as("a clock skewed backwards").isZero();
        qt().forAll(longs().between(0, Long.MAX_VALUE / 100)).checkAssert(ms ->
                assertThat(DurationHistogram.bucketOf(ms)).isEqualTo(roundUp3(ms)));
    }

    @Test
    void theBucketedNearestRankIsTheExactNearestRankRoundedUp() {
        // durations from a millisecond to a month, many near each other: ties and shared buckets
        qt().forAll(lists().of(longs().between(0, 2_600_000_000L)).ofSizeBetween(1, 400),
                lists().of(integers().between(0, 2_000)).ofSizeBetween(0, 400), integers().between(1, 100))
                .checkAssert((spread, close, percent) -> {
                    List<Long> durations = new ArrayList<>(spread);
                    close.forEach(c -> durations.add(86_400_000L + c));
                    TreeMap<Long, Long> buckets = new TreeMap<>();
                    durations.forEach(d -> buckets.merge(DurationHistogram.bucketOf(d), 1L, Long::sum));
                    assertThat(DurationHistogram.percentile(buckets, percent))
                            .isEqualTo(roundUp3(exactNearestRank(durations, percent)));
                });
    }

    @Test
    void mergedHistogramsGiveThePercentileOfAllTheirDurations() {
        TreeMap<Long, Long> merged = new TreeMap<>();
        List<Long> all = new ArrayList<>();
        for (long[] day : new long[][] {{5_000, 7_000, 120_000}, {1_000, 2_000_000}}) {
            for (long d : day) {
                merged.merge(DurationHistogram.bucketOf(d), 1L, Long::sum);
                all.add(d);
            }
        }
        // five durations: median the 3rd (7,000), p90 the 5th (2,000,000) — not an average of the two days' medians
        assertThat(DurationHistogram.percentile(merged, 50)).isEqualTo(exactNearestRank(all, 50)).isEqualTo(7_000);
        assertThat(DurationHistogram.percentile(merged, 90)).isEqualTo(2_000_000);
        assertThat(DurationHistogram.percentile(new TreeMap<>(), 50)).isNull();
    }

    /** The textbook nearest rank: the r-th smallest value for the least r with r/n ≥ p/100 (and r ≥ 1). */
    static long exactNearestRank(List<Long> durations, int percent) {
        List<Long> sorted = new ArrayList<>(durations);
        Collections.sort(sorted);
        int rank = 1;
        while (rank * 100L < (long) percent * sorted.size()) {
            rank++;
        }
        return sorted.get(rank - 1);
    }

    static long roundUp3(long ms) {
        return new BigDecimal(ms).round(new MathContext(3, RoundingMode.CEILING)).longValueExact();
    }
}
