package org.caravan.monitoring;

/**
 * Sums the rollups of days no instance writes any more into one row per key, so reports over
 * long ranges stay fast (docs/monitoring.md, "Storage"). Runs on a schedule; also
 * {@code ./caravan monitoring compact}.
 */
public interface RollupCompaction {

    /** Compacts every day before yesterday (UTC) not compacted yet. */
    Compacted compact();

    /** What a run did: the days it compacted, and their rows before and after. */
    record Compacted(int days, long rowsBefore, long rowsAfter) {
    }
}
