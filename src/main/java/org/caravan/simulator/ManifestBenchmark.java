package org.caravan.simulator;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import org.caravan.common.HotPathStages;
import org.caravan.party.Parties;
import org.caravan.reference.ExchangeRates;
import org.caravan.simulator.internal.BenchManifests;
import org.caravan.simulator.internal.BenchParties;
import org.caravan.simulator.internal.BenchConsumerIds;
import org.caravan.simulator.internal.BenchTraffic;
import org.caravan.simulator.internal.DecisionWatch;
import org.caravan.simulator.internal.HeapWatch;
import org.caravan.simulator.internal.JsonLinesBody;
import org.caravan.simulator.internal.OpenLoopLoad;
import org.caravan.simulator.internal.OrderFiling;
import org.caravan.simulator.internal.Percentiles;
import org.caravan.simulator.internal.RawInsertBaseline;
import org.springframework.stereotype.Component;

/**
 * The bench: runs beside the service in its JVM and drives it over HTTP as platforms and a
 * courier would. In order: its own parties, an optional prefill of the store, the orders of
 * all its traffic, throughput rounds (a large manifest end to end beside a raw insert of the
 * same rows), latency at a fixed offered load, and a large JSON Lines manifest. In process
 * it only registers its parties, checks exchange rates, and reads the service's stage
 * counters and heap, which no HTTP interface offers.
 */
@Component
public class ManifestBenchmark {

    /** Parcels in each manifest of the prefill: large, as a courier's consolidation of a day would be. */
    static final int PREFILL_MANIFEST = 20_000;
    private static final String MANIFESTS = "/api/v1/manifests";
    private static final String NDJSON = "application/x-ndjson";
    /** Currencies the traffic declares in and the destinations assess in. */
    private static final List<String> CURRENCIES = List.of("USD", "EUR", "KZT", "UZS", "KGS");
    private static final Duration PATIENCE = Duration.ofMinutes(30);
    /** Threads that handle the latency run's answers: few, so the sender keeps its schedule without a thread per manifest. */
    private static final int LATENCY_CLIENT_THREADS = 4;

    private final DataSource dataSource;
    private final Parties parties;
    private final ExchangeRates rates;
    private final HotPathStages stages;

    ManifestBenchmark(DataSource dataSource, Parties parties, ExchangeRates rates, HotPathStages stages) {
        this.dataSource = dataSource;
        this.parties = parties;
        this.rates = rates;
        this.stages = stages;
    }

    /**
     * Measures the service answering at {@code base}.
     *
     * @param profile the name of the store, for the report
     * @param progress where each step says what it measured as it goes
     */
    public BenchFigures run(String base, String profile, BenchSettings settings, PrintStream progress) throws Exception {
        requireRates();
        String runTag = Long.toString(System.currentTimeMillis() % 2_176_782_336L, 36).toUpperCase();
        progress.printf("Caravan bench (%s), run %s: %,d parcels a manifest, 1 warm-up + %d rounds%n", profile, runTag,
                settings.parcels(), settings.rounds());
        return new Run(base, profile, settings, runTag, BenchParties.register(parties, runTag), progress).measure();
    }

    /** Assessment converts between these; without a rate for each, every parcel would be held, not measured. */
    private void requireRates() {
        for (String code : CURRENCIES) {
            if (!rates.isQuoted(Currency.getInstance(code))) {
                throw new IllegalStateException("No exchange rate for " + code + " in the store: import rates with"
                        + " `caravan reference import-fx`, or run with --caravan.reference.built-in-fx=true");
            }
        }
    }

    /** One run of the bench: its parties' tokens, its traffic and the steps that measure. */
    private final class Run {

        private final String base;
        private final String profile;
        private final BenchSettings settings;
        private final String runTag;
        private final BenchParties.Credentials credentials;
        private final PrintStream progress;
        private final CaravanClient api;
        private final String courier;
        private Map<String, String> officerTokens;
        private final DecisionWatch watch;
        private final Instant orderedAt = Instant.now().minus(Duration.ofDays(3));

        Run(String base, String profile, BenchSettings settings, String runTag, BenchParties.Credentials credentials,
                PrintStream progress) {
            this.base = base;
            this.profile = profile;
            this.settings = settings;
            this.runTag = runTag;
            this.credentials = credentials;
            this.progress = progress;
            this.api = new CaravanClient(base, PATIENCE);
            this.courier = api.token(credentials.courier(), credentials.secret());
            this.watch = new DecisionWatch(api, courier);
        }

        BenchFigures measure() throws Exception {
            double prefillRate = prefill();
            List<BenchTraffic> rounds = new ArrayList<>();
            for (int r = 0; r <= settings.rounds(); r++) {
                rounds.add(traffic(r, "R" + r, settings.parcels(), true));
            }
            OpenLoopLoad.Schedule schedule = new OpenLoopLoad.Schedule(settings.rate(), settings.latencySeconds(),
                    settings.latencyManifestParcels());
            int latencyParcels = settings.latencySeconds() == 0 ? 0 : schedule.manifests() * schedule.parcelsPerManifest();
            BenchTraffic latencyTraffic = traffic(-1, "L", Math.max(1, latencyParcels), true);

            // every order is filed before anything is measured, so no measurement shares the service with order filing
            Map<String, String> platformTokens = new LinkedHashMap<>();
            credentials.platforms().forEach(p -> platformTokens.put(p, api.token(p, credentials.secret())));
            OrderFiling orders = new OrderFiling(api, platformTokens, settings.orderClients());
            for (BenchTraffic traffic : rounds) {
                orders.file(traffic, 0, settings.parcels());
            }
            if (latencyParcels > 0) {
                orders.file(latencyTraffic, 0, latencyParcels);
            }
            progress.printf("  set-up: %,d orders filed at %,.0f orders/s%n", orders.orders(), orders.ordersPerSecond());

            List<BenchFigures.Round> measured = throughput(rounds);
            Map<String, Double> stageFigures = new LinkedHashMap<>();
            stages.microsPerParcel().forEach((stage, micros) -> stageFigures.put(stage.name(), micros));
            BenchFigures.Latency latency = settings.latencySeconds() == 0 ? null : latency(schedule, latencyTraffic);
            return new BenchFigures(profile, settings, orders.ordersPerSecond(), orders.orders(), prefillRate, measured,
                    latency, bigManifest(), stageFigures);
        }

        /** The run's traffic for one step: its own seed and tag, so steps never share parcels or recipients. */
        private BenchTraffic traffic(long seedOffset, String step, int parcels, boolean ordersFiled) {
            BenchConsumerIds ids = new BenchConsumerIds(api, officerTokens(), runTag + step);
            BenchTraffic traffic = new BenchTraffic(settings.seed() + seedOffset, runTag + step, parcels, ordersFiled,
                    credentials.platforms(), orderedAt, ids);
            ids.issueFor(traffic);
            return traffic;
        }

        private Map<String, String> officerTokens() {
            if (officerTokens == null) {
                officerTokens = new LinkedHashMap<>();
                credentials.officers().forEach((country, officer) ->
                        officerTokens.put(country, api.token(officer, credentials.secret())));
            }
            return officerTokens;
        }

        private double prefill() throws InterruptedException {
            if (settings.prefill() == 0) {
                return 0;
            }
            // filler parcels quote no orders: filing a million orders first would take longer than the bench itself
            BenchTraffic filler = traffic(1_000_003, "P", settings.prefill(), false);
            long start = System.nanoTime();
            for (int from = 0; from < settings.prefill(); from += PREFILL_MANIFEST) {
                int to = Math.min(settings.prefill(), from + PREFILL_MANIFEST);
                String ref = "BENCH-" + filler.tag() + "-" + from;
                file(ref, BenchManifests.json(ref, filler, from, to));
                watch.await(filler.trackingNumber(to - 1), PATIENCE);
                if ((to / PREFILL_MANIFEST) % 10 == 0 && to < settings.prefill()) {
                    progress.printf("  prefill: %,d of %,d parcels%n", to, settings.prefill());
                }
            }
            double rate = settings.prefill() / ((System.nanoTime() - start) / 1e9);
            progress.printf("  prefill: %,d parcels at %,.0f parcels/s%n", settings.prefill(), rate);
            return rate;
        }

        /** The warm-up and the measured rounds; the stage counters cover the measured rounds only. */
        private List<BenchFigures.Round> throughput(List<BenchTraffic> rounds) throws Exception {
            List<BenchFigures.Round> measured = new ArrayList<>();
            RawInsertBaseline baseline = new RawInsertBaseline(dataSource);
            for (int r = 0; r < rounds.size(); r++) {
                if (r == 1) {
                    stages.reset();
                }
                BenchFigures.Round round = round(baseline, rounds.get(r));
                if (r > 0) {
                    measured.add(round);
                }
                progress.printf("  %s: end to end %.2f s = %,.0f parcels/s; raw insert %.2f s = %,.0f rows/s; ratio %.3f%n",
                        r == 0 ? "warm-up" : "round " + r, round.endToEndSeconds(), round.parcelsPerSecond(),
                        round.baselineSeconds(), round.baselineRowsPerSecond(),
                        round.parcelsPerSecond() / round.baselineRowsPerSecond());
            }
            return measured;
        }

        /** The baseline of the round's rows first, then the same parcels as one manifest until the last is decided. */
        private BenchFigures.Round round(RawInsertBaseline baseline, BenchTraffic traffic) throws Exception {
            int parcels = settings.parcels();
            double baselineSeconds = baseline.insert(traffic, 0, parcels);
            String ref = "BENCH-" + traffic.tag();
            byte[] body = BenchManifests.json(ref, traffic, 0, parcels);
            long start = System.nanoTime();
            String manifestId = file(ref, body);
            watch.await(traffic.trackingNumber(parcels - 1), PATIENCE);
            awaitAllDecided(manifestId, parcels);
            return new BenchFigures.Round(parcels, (System.nanoTime() - start) / 1e9, baselineSeconds);
        }

        /**
         * On Kafka a manifest's parcels are decided by whichever instance takes them, in any
         * order, so its last parcel stands for nothing: the round ends when the store holds a
         * decision for every parcel. Without Kafka the first count finds them all.
         */
        private void awaitAllDecided(String manifestId, int parcels) throws InterruptedException {
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (decidedOf(manifestId) < parcels) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Manifest " + manifestId + " not decided within " + PATIENCE);
                }
                Thread.sleep(5);
            }
        }

        /** The parcels of the manifest the store holds a decision for. */
        private int decidedOf(String manifestId) {
            return new org.caravan.simulator.internal.DecidedCount(dataSource).of(manifestId);
        }

        /** Files the manifest and answers its id. */
        private String file(String ref, byte[] body) {
            var reply = api.post(MANIFESTS, courier, "bench-" + ref, "application/json", body);
            if (reply.status() != 202) {
                throw new IllegalStateException("Manifest " + ref + " refused (" + reply.status() + "): " + reply.raw());
            }
            return reply.body().path("manifestId").asString();
        }

        private BenchFigures.Latency latency(OpenLoopLoad.Schedule schedule, BenchTraffic traffic) throws InterruptedException {
            ExecutorService pool = Executors.newFixedThreadPool(LATENCY_CLIENT_THREADS);
            try {
                CaravanClient async = new CaravanClient(base, Duration.ofMinutes(5), pool);
                int perManifest = schedule.parcelsPerManifest();
                OpenLoopLoad.Outcome outcome = new OpenLoopLoad(async,
                        java.util.Optional.of(manifestId -> decidedOf(manifestId) >= perManifest))
                        .offer(schedule, traffic, courier);
                Percentiles decided = new Percentiles(outcome.latencyNanos());
                Percentiles answered = new Percentiles(outcome.answerNanos());
                BenchFigures.Latency latency = new BenchFigures.Latency(millis(decided, 50), millis(decided, 99),
                        millis(decided, 99.9), millis(decided, 100), new BenchFigures.AnswerLatency(millis(answered, 50),
                                millis(answered, 99), millis(answered, 99.9), millis(answered, 100)),
                        schedule.manifests(), outcome.failed(), outcome.firstFailure());
                progress.printf("  latency at %,d parcels/s: p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms (%d manifests, %d failed)%n",
                        schedule.parcelsPerSecond(), latency.p50(), latency.p99(), latency.p999(), latency.manifests(),
                        latency.failed());
                return latency;
            } finally {
                pool.shutdownNow();
            }
        }

        private static double millis(Percentiles percentiles, double percent) {
            return percentiles.at(percent) / 1e6;
        }

        /**
         * The JSON Lines manifest, generated while it is sent. A refusal (too large for the
         * service, or the connection closed on the sender) is a figure of the run, not a crash.
         */
        private BenchFigures.BigManifest bigManifest() throws InterruptedException {
            int parcels = settings.bigManifest();
            if (parcels == 0) {
                return new BenchFigures.BigManifest(0, null, "skipped (--big-manifest 0)", null, null);
            }
            BenchTraffic traffic = traffic(2_000_003, "M", parcels, false);
            String ref = "BENCH-" + traffic.tag();
            // start from a collected heap, so the peak is the manifest's and not the earlier steps' garbage
            System.gc();
            try (HeapWatch heap = new HeapWatch()) {
                long start = System.nanoTime();
                String error = send(traffic, ref, parcels);
                if (error == null) {
                    watch.await(traffic.trackingNumber(parcels - 1), PATIENCE);
                }
                Double seconds = error == null ? (System.nanoTime() - start) / 1e9 : null;
                BenchFigures.BigManifest big = new BenchFigures.BigManifest(parcels, seconds, error, heap.peakUsedMb(),
                        heap.peakAfterGcMb());
                progress.printf("  JSON Lines manifest of %,d parcels: %s; peak heap %.0f MB%n", parcels,
                        error == null ? String.format("%.1f s", seconds) : error, big.peakHeapMb());
                return big;
            }
        }

        /** Sends the manifest; returns null when it is accepted, otherwise why not. */
        private String send(BenchTraffic traffic, String ref, int parcels) {
            JsonLinesBody[] sent = new JsonLinesBody[1];
            try {
                var reply = api.postStream(MANIFESTS, courier, "bench-" + ref, NDJSON,
                        () -> sent[0] = BenchManifests.jsonLines(ref, traffic, parcels));
                return reply.status() == 202 ? null
                        : "refused with " + reply.status() + ": " + reply.body().path("detail").asString(reply.raw());
            } catch (IllegalStateException e) {
                // a service that stops reading a body it will not take may close the connection before it answers
                return String.format("connection closed by the service after %,d of %,d consignments (%,d bytes) were sent: %s",
                        sent[0] == null ? 0 : sent[0].consignmentsRead(), parcels, sent[0] == null ? 0 : sent[0].bytesRead(),
                        e.getMessage());
            }
        }
    }
}
