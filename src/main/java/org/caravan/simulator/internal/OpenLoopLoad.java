package org.caravan.simulator.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;

import org.caravan.simulator.CaravanClient;

/**
 * Latency at a fixed offered load, open loop: small manifests are sent on a fixed schedule
 * whatever the service does, and each one's latency runs from the moment it was due to be
 * sent to the moment its decision is visible. Timing from the due moment, not the actual
 * send, keeps a stalled service from hiding its stall (coordinated omission): a manifest
 * sent late because the sender waited counts the wait.
 *
 * <p>One watcher looks for the decisions, oldest manifest first, one request at a time, so
 * a service that falls behind is not also flooded with looks from every manifest in flight.
 * The service decides a manifest in the transaction that files it, so its decision is
 * durable when the 202 is sent: when the watcher's first look after the answer finds the
 * decision, the manifest is timed to its answer, and the look only confirms it; only a
 * decision the first look does not find is timed to the look that finds it.
 */
public final class OpenLoopLoad {

    /** How the load is offered. */
    public record Schedule(int parcelsPerSecond, int seconds, int parcelsPerManifest) {

        public int manifests() {
            return Math.max(1, (int) ((long) parcelsPerSecond * seconds / parcelsPerManifest));
        }

        long intervalNanos() {
            return (long) (parcelsPerManifest * 1e9 / parcelsPerSecond);
        }
    }

    /**
     * Latency of each decided manifest in nanoseconds, to its decision and to its answer
     * alone, and the manifests that were refused or never decided.
     */
    public record Outcome(long[] latencyNanos, long[] answerNanos, int failed, String firstFailure) {
    }

    private static final long FAILED = -1;
    private static final long LOOK_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final CaravanClient api;
    /** Whether every parcel of the manifest with this id is decided; empty: its last parcel stands for all. */
    private final java.util.Optional<java.util.function.Predicate<String>> manifestDecided;

    /** @param api a client whose asynchronous answers are handled on a small pool */
    public OpenLoopLoad(CaravanClient api) {
        this(api, java.util.Optional.empty());
    }

    /**
     * With {@code manifestDecided}, a manifest counts as decided when every parcel is, as on
     * Kafka, where its parcels are decided in any order by whichever instance takes them.
     */
    public OpenLoopLoad(CaravanClient api, java.util.Optional<java.util.function.Predicate<String>> manifestDecided) {
        this.manifestDecided = manifestDecided;
        this.api = api;
    }

    /** Offers the traffic's parcels from 0 on; the bodies are built before the clock starts, so building costs no latency. */
    public Outcome offer(Schedule schedule, BenchTraffic traffic, String courierToken) throws InterruptedException {
        int manifests = schedule.manifests();
        List<byte[]> bodies = new ArrayList<>(manifests);
        for (int m = 0; m < manifests; m++) {
            int from = m * schedule.parcelsPerManifest();
            bodies.add(BenchManifests.json(ref(traffic, m), traffic, from, from + schedule.parcelsPerManifest()));
        }
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        long[] due = new long[manifests];
        long[] answered = new long[manifests];
        List<CompletableFuture<CaravanClient.Reply>> answers = new ArrayList<>(manifests);
        for (int m = 0; m < manifests; m++) {
            due[m] = start + m * schedule.intervalNanos();
            answers.add(new CompletableFuture<>());
        }
        Watcher watcher = new Watcher(traffic, schedule, due, answers, answered, courierToken);
        Thread watching = new Thread(watcher, "bench-decision-watch");
        watching.start();
        for (int m = 0; m < manifests; m++) {
            for (long wait = due[m] - System.nanoTime(); wait > 0; wait = due[m] - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            CompletableFuture<CaravanClient.Reply> answer = answers.get(m);
            int index = m;
            api.postAsync("/api/v1/manifests", courierToken, "bench-" + ref(traffic, m), "application/json", bodies.get(m))
                    .whenComplete((reply, error) -> {
                        answered[index] = System.nanoTime() - due[index];
                        if (error != null) {
                            answer.completeExceptionally(error);
                        } else {
                            answer.complete(reply);
                        }
                    });
            bodies.set(m, null);
        }
        watching.join();
        return watcher.outcome(answered);
    }

    /** Looks for each manifest's decision in filing order and times it from the moment the manifest was due. */
    private final class Watcher implements Runnable {

        private final BenchTraffic traffic;
        private final Schedule schedule;
        private final long[] due;
        private final List<CompletableFuture<CaravanClient.Reply>> answers;
        private final long[] latency;
        private final long[] answered;
        private final DecisionWatch watch;
        private int failed;
        private String firstFailure;

        Watcher(BenchTraffic traffic, Schedule schedule, long[] due, List<CompletableFuture<CaravanClient.Reply>> answers,
                long[] answered, String courierToken) {
            this.answered = answered;
            this.watch = new DecisionWatch(api, courierToken);
            this.traffic = traffic;
            this.schedule = schedule;
            this.due = due;
            this.answers = answers;
            this.latency = new long[due.length];
        }

        @Override
        public void run() {
            long deadline = due[due.length - 1] + TimeUnit.MINUTES.toNanos(5);
            for (int m = 0; m < due.length; m++) {
                latency[m] = decided(m, deadline);
            }
        }

        private long decided(int m, long deadline) {
            String manifestId;
            try {
                CaravanClient.Reply answer = answers.get(m).join();
                if (answer.status() != 202) {
                    return fail("manifest refused (" + answer.status() + "): " + answer.raw());
                }
                manifestId = answer.body().path("manifestId").asString();
            } catch (CompletionException e) {
                return fail(e.getCause().getMessage());
            }
            String last = traffic.trackingNumber((m + 1) * schedule.parcelsPerManifest() - 1);
            java.util.function.BooleanSupplier done = manifestDecided
                    .<java.util.function.BooleanSupplier>map(all -> () -> all.test(manifestId))
                    .orElse(() -> watch.decided(watch.look(last)));
            if (done.getAsBoolean()) {
                return answered[m]; // decided with the filing, before the answer
            }
            while (!done.getAsBoolean()) {
                if (System.nanoTime() > deadline) {
                    return fail("no decision for " + last);
                }
                LockSupport.parkNanos(LOOK_PAUSE_NANOS);
            }
            return System.nanoTime() - due[m];
        }

        private long fail(String why) {
            if (firstFailure == null) {
                firstFailure = why;
            }
            failed++;
            return FAILED;
        }

        /** The answer times are read after each answer's future completed, which the watcher waited for. */
        Outcome outcome(long[] answered) {
            long[] decided = Arrays.stream(latency).filter(l -> l != FAILED).toArray();
            long[] answers = IntStream.range(0, latency.length).filter(m -> latency[m] != FAILED).mapToLong(m -> answered[m])
                    .toArray();
            return new Outcome(decided, answers, failed, firstFailure);
        }
    }

    private static String ref(BenchTraffic traffic, int manifest) {
        return "BENCH-" + traffic.tag() + "-" + manifest;
    }
}
