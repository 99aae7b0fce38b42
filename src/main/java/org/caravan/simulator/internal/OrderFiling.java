package org.caravan.simulator.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.caravan.simulator.CaravanClient;

/**
 * Files the platforms' orders of a stretch of traffic before its manifest, as platforms do
 * at checkout: a few clients at once, each order one request. Counts what it filed and how
 * long it took, for the order filing rate.
 */
public final class OrderFiling {

    private static final int MAX_RETRIES = 20;
    private static final long RETRY_PAUSE_MILLIS = 100;

    private final CaravanClient api;
    private final int clients;
    private final Map<String, String> tokens;
    private long orders;
    private long nanos;

    /**
     * @param tokens a bearer token per platform client id
     * @param clients orders in flight at once, like the checkouts of several marketplaces
     */
    public OrderFiling(CaravanClient api, Map<String, String> tokens, int clients) {
        this.api = api;
        this.clients = clients;
        this.tokens = Map.copyOf(tokens);
    }

    /** Files the orders of parcels {@code from} (inclusive) to {@code to} (exclusive) that have one; returns how many. */
    public int file(BenchTraffic traffic, int from, int to) throws Exception {
        AtomicInteger next = new AtomicInteger(from);
        AtomicInteger filed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < to; i = next.getAndIncrement()) {
                        BenchTraffic.Parcel p = traffic.parcel(i);
                        if (!p.hasOrder()) {
                            continue;
                        }
                        var r = api.post("/api/v1/orders", tokens.get(p.platform()), "bench-order-" + p.trackingNumber(),
                                p.order());
                        // 503 is the service pushing back (every connection busy): retry the same filing, as a platform would
                        for (int retry = 0; r.status() == 503 && retry < MAX_RETRIES; retry++) {
                            Thread.sleep(RETRY_PAUSE_MILLIS);
                            r = api.post("/api/v1/orders", tokens.get(p.platform()), "bench-order-" + p.trackingNumber(),
                                    p.order());
                        }
                        if (r.status() != 201) {
                            throw new IllegalStateException("Order refused (" + r.status() + "): " + r.raw());
                        }
                        filed.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        nanos += System.nanoTime() - start;
        orders += filed.get();
        return filed.get();
    }

    /** Orders filed per second over all calls so far; 0 before any order. */
    public double ordersPerSecond() {
        return nanos == 0 ? 0 : orders / (nanos / 1e9);
    }

    public long orders() {
        return orders;
    }
}
