package org.caravan.monitoring.internal;

import java.util.Map;
import java.util.SortedMap;

/**
 * Durations kept as counts per bucket, a bucket being the duration in milliseconds rounded
 * UP to three significant figures (0 to 999 exactly, 1,000 to 9,990 by tens, and so on).
 * Rounding up is monotonic, so the k-th smallest bucketed duration is the bucket of the k-th
 * smallest duration: a nearest-rank percentile over merged buckets is the exact percentile
 * rounded up to three significant figures, at most 1% above it, whatever the number of cases.
 */
public final class DurationHistogram {

    private DurationHistogram() {
    }

    /** {@code millis} (negative counts as 0) rounded up to three significant figures. */
    public static long bucketOf(long millis) {
        if (millis < 1000) {
            return Math.max(0, millis);
        }
        long unit = 1;
        while (millis / unit >= 1000) {
            unit *= 10;
        }
        long units = millis / unit + (millis % unit == 0 ? 0 : 1);
        return units * unit;
    }

    /**
     * The nearest-rank {@code percent} percentile of the counts per bucket: the smallest bucket
     * whose cumulative count reaches ceil(percent/100 × n). Null when there are no counts.
     */
    public static Long percentile(SortedMap<Long, Long> counts, int percent) {
        long n = counts.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return null;
        }
        long rank = Math.max(1, (percent * n + 99) / 100);
        long seen = 0;
        for (Map.Entry<Long, Long> bucket : counts.entrySet()) {
            seen += bucket.getValue();
            if (seen >= rank) {
                return bucket.getKey();
            }
        }
        throw new IllegalStateException("rank " + rank + " beyond " + n);
    }
}
