package org.caravan.simulator.internal;

import java.util.Arrays;

/** Percentiles of a set of latency samples by the nearest-rank method: p99.9 of 1,000 samples is the largest. */
public final class Percentiles {

    private final long[] sorted;

    public Percentiles(long[] samples) {
        this.sorted = samples.clone();
        Arrays.sort(sorted);
    }

    public int count() {
        return sorted.length;
    }

    /** The sample at or below which {@code percent} of all samples lie; 0 when there are none. */
    public long at(double percent) {
        if (sorted.length == 0) {
            return 0;
        }
        // less a hair, or 99.9 % of 1,000 would be 999.0000000000001 and round up to the largest sample
        int rank = (int) Math.ceil(percent * sorted.length / 100.0 - 1e-9);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }
}
