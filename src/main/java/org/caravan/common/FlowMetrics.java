package org.caravan.common;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Consignments filed and decided, and the time from filing to decision, for Prometheus
 * (docs/deployment.md). The hot path counts once per chunk; the meters are looked up in
 * a small map keyed by jurisdiction and status, never registered per parcel.
 */
@Component
public class FlowMetrics {

    private final MeterRegistry registry;
    private final ConcurrentMap<String, Counter> filed = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Counter> decided = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Timer> latency = new ConcurrentHashMap<>();

    public FlowMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** A chunk of {@code count} consignments stored for arrival in {@code jurisdiction}. */
    public void filed(String jurisdiction, int count) {
        filed.computeIfAbsent(jurisdiction, j -> Counter.builder("caravan.consignments.filed")
                .description("Consignments filed").tag("jurisdiction", j).register(registry)).increment(count);
    }

    /** {@code count} consignments of one chunk decided with {@code status} in {@code jurisdiction}. */
    public void decided(String jurisdiction, String status, int count) {
        decided.computeIfAbsent(jurisdiction + '/' + status, k -> Counter.builder("caravan.consignments.decided")
                .description("Consignments decided").tag("jurisdiction", jurisdiction).tag("status", status)
                .register(registry)).increment(count);
    }

    /** The timer of filing-to-decision time in a jurisdiction; record each parcel with {@code record(millis, MILLISECONDS)}. */
    public Timer decisionLatency(String jurisdiction) {
        return latency.computeIfAbsent(jurisdiction, j -> Timer.builder("caravan.decision.latency")
                .description("Time from a consignment's filing to its decision").tag("jurisdiction", j)
                .register(registry));
    }

    /** Records one parcel's filing-to-decision time, without allocating. */
    public static void record(Timer timer, long filedAtMillis, long decidedAtMillis) {
        timer.record(Math.max(0, decidedAtMillis - filedAtMillis), TimeUnit.MILLISECONDS);
    }
}
