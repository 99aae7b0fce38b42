package org.caravan.tracking.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A token bucket per client address, for the consumer's proof attempts: {@code capacity}
 * attempts at once, refilled evenly over {@code period}. Bounded: past {@code maxClients}
 * addresses the least recently seen is forgotten, so a flood of addresses costs memory
 * once, not without limit. Addresses are kept in memory only and never logged.
 */
final class ClientBuckets {

    private final int capacity;
    private final Duration period;
    private final Clock clock;
    private final Map<String, double[]> buckets;

    ClientBuckets(int capacity, Duration period, int maxClients, Clock clock) {
        this.capacity = capacity;
        this.period = period;
        this.clock = clock;
        this.buckets = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, double[]> eldest) {
                return size() > maxClients;
            }
        };
    }

    /** Whether a token is there, without taking it: empty when there is, otherwise the seconds to wait. */
    synchronized Optional<Long> peek(String client) {
        double[] bucket = buckets.get(client);
        if (bucket == null) {
            return Optional.empty();
        }
        double perMilli = capacity / (double) period.toMillis();
        double tokens = Math.min(capacity, bucket[0] + (clock.millis() - bucket[1]) * perMilli);
        return tokens >= 1 ? Optional.empty() : Optional.of((long) Math.ceil((1 - tokens) / perMilli / 1000.0));
    }

    /** Takes one token; empty when allowed, otherwise the seconds to wait before the next one. */
    synchronized Optional<Long> take(String client) {
        long now = clock.millis();
        double perMilli = capacity / (double) period.toMillis();
        double[] bucket = buckets.computeIfAbsent(client, c -> new double[] {capacity, now});
        bucket[0] = Math.min(capacity, bucket[0] + (now - bucket[1]) * perMilli);
        bucket[1] = now;
        if (bucket[0] >= 1) {
            bucket[0] -= 1;
            return Optional.empty();
        }
        return Optional.of((long) Math.ceil((1 - bucket[0]) / perMilli / 1000.0));
    }
}
