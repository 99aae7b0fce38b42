package org.caravan.common;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

import org.springframework.stereotype.Component;

/**
 * Where a parcel's time goes on the filing path, stage by stage: each stage adds the
 * nanoseconds it spent on a batch of parcels. Counting is two adds per batch, so it stays
 * on in production; the benchmark reads and resets it to report microseconds per parcel.
 */
@Component
public class HotPathStages {

    /** The stages of a parcel from the request body to its durable decision, in order. */
    public enum Stage {
        PARSE, VALIDATE, MATCH, STORE, ASSESS, DECIDE, WRITE_DECISIONS, COMMIT
    }

    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);
    private final Map<Stage, LongAdder> parcels = new EnumMap<>(Stage.class);

    public HotPathStages() {
        for (Stage s : Stage.values()) {
            nanos.put(s, new LongAdder());
            parcels.put(s, new LongAdder());
        }
    }

    /** Adds the time since {@code startNanos} (from {@link System#nanoTime()}) for a batch; returns now. */
    public long record(Stage stage, long startNanos, int batchParcels) {
        long now = System.nanoTime();
        nanos.get(stage).add(now - startNanos);
        parcels.get(stage).add(batchParcels);
        return now;
    }

    /** Adds {@code elapsedNanos} measured elsewhere, for a stage interleaved with others parcel by parcel. */
    public void add(Stage stage, long elapsedNanos, int batchParcels) {
        nanos.get(stage).add(elapsedNanos);
        parcels.get(stage).add(batchParcels);
    }

    /** Microseconds per parcel for each stage since the last reset; stages not seen are absent. */
    public Map<Stage, Double> microsPerParcel() {
        Map<Stage, Double> result = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            long n = parcels.get(s).sum();
            if (n > 0) {
                result.put(s, nanos.get(s).sum() / 1_000.0 / n);
            }
        }
        return result;
    }

    public void reset() {
        nanos.values().forEach(LongAdder::reset);
        parcels.values().forEach(LongAdder::reset);
    }
}
