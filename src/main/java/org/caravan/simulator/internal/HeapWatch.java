package org.caravan.simulator.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The service's heap while a big manifest is filed: the bench runs the service in its own
 * JVM, so the heap sampled here is the service's (plus the sender, which streams and holds
 * one line). Two figures, since used heap counts garbage not yet collected: the peak of
 * used heap, and the peak of what was still live after a collection.
 */
public final class HeapWatch implements AutoCloseable {

    static final long SAMPLE_MILLIS = 50;

    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long peakUsed;
    private volatile long peakAfterGc;

    public HeapWatch() {
        sampler = new Thread(this::sample, "bench-heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        while (running) {
            long used = 0;
            long afterGc = 0;
            for (MemoryPoolMXBean pool : heapPools) {
                used += pool.getUsage().getUsed();
                var collected = pool.getCollectionUsage();
                afterGc += collected == null ? 0 : collected.getUsed();
            }
            peakUsed = Math.max(peakUsed, used);
            peakAfterGc = Math.max(peakAfterGc, afterGc);
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * The highest used heap sampled, in MiB. Samples, not the sum of each pool's own peak:
     * the pools peak at different moments (eden just before a collection, the old
     * generation after it), so their sum overstates what was ever in use at once.
     */
    public double peakUsedMb() {
        return peakUsed / (1024.0 * 1024.0);
    }

    /** The highest heap still in use right after a collection, in MiB: the live set the manifest needed. */
    public double peakAfterGcMb() {
        return peakAfterGc / (1024.0 * 1024.0);
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
