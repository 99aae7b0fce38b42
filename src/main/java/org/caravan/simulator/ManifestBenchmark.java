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

    public BenchFigures run(String base, String profile, BenchSettings settings, PrintStream progress) throws Exception {
        requireRates();
        String runTag = Long.toString(System.currentTimeMillis() % 2_176_782_336L, 36).toUpperCase();
        BenchParties.Credentials credentials = BenchParties.register(parties, runTag);
        CaravanClient api = new CaravanClient(base, PATIENCE);
        String courier = api.token(credentials.courier(), credentials.secret());
        Map<String, String> platformTokens = new LinkedHashMap<>();
        credentials.platforms().forEach(p -> platformTokens.put(p, api.token(p, credentials.secret())));
        DecisionWatch watch = new DecisionWatch(api);
        Instant orderedAt = Instant.now().minus(Duration.ofDays(3));
        progress.printf("Caravan bench (%s), run %s: %,d parcels a manifest, 1 warm-up + %d rounds%n", profile, runTag,
                settings.parcels(), settings.rounds());

        double prefillRate = prefill(api, courier, watch, settings, runTag, credentials, orderedAt, progress);

        List<BenchTraffic> rounds = new ArrayList<>();
        for (int r = 0; r <= settings.rounds(); r++) {
            rounds.add(new BenchTraffic(settings.seed() + r, runTag + "R" + r, settings.parcels(), true,
                    credentials.platforms(), orderedAt));
        }
        OpenLoopLoad.Schedule schedule = new OpenLoopLoad.Schedule(settings.rate(), settings.latencySeconds(),
                settings.latencyManifestParcels());
        BenchTraffic latencyTraffic = new BenchTraffic(settings.seed() - 1, runTag + "L",
                schedule.manifests() * schedule.parcelsPerManifest(), true, credentials.platforms(), orderedAt);
        OrderFiling orders = new OrderFiling(api, platformTokens, settings.orderClients());
        for (BenchTraffic traffic : rounds) {
            orders.file(traffic, 0, settings.parcels());
        }
        if (settings.latencySeconds() > 0) {
            orders.file(latencyTraffic, 0, schedule.manifests() * schedule.parcelsPerManifest());
        }
        progress.printf("  set-up: %,d orders filed at %,.0f orders/s%n", orders.orders(), orders.ordersPerSecond());

        List<BenchFigures.Round> measured = new ArrayList<>();
        RawInsertBaseline baseline = new RawInsertBaseline(dataSource);
        for (int r = 0; r <= settings.rounds(); r++) {
            if (r == 1) {
                stages.reset();
            }
            BenchFigures.Round round = throughput(api, courier, watch, baseline, rounds.get(r), settings.parcels());
            if (r > 0) {
                measured.add(round);
            }
            progress.printf("  %s: end to end %.2f s = %,.0f parcels/s; raw insert %.2f s = %,.0f rows/s; ratio %.3f%n",
                    r == 0 ? "warm-up" : "round " + r, round.endToEndSeconds(), round.parcelsPerSecond(),
                    round.baselineSeconds(), round.baselineRowsPerSecond(),
                    round.parcelsPerSecond() / round.baselineRowsPerSecond());
        }
        Map<String, Double> stageFigures = new LinkedHashMap<>();
        stages.microsPerParcel().forEach((stage, micros) -> stageFigures.put(stage.name(), micros));

        BenchFigures.Latency latency = latency(base, courier, schedule, latencyTraffic, progress);
        BenchFigures.BigManifest big = bigManifest(api, courier, watch, settings, runTag, credentials, orderedAt, progress);
        return new BenchFigures(profile, settings, orders.ordersPerSecond(), orders.orders(), prefillRate, measured, latency,
                big, stageFigures);
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

    private double prefill(CaravanClient api, String courier, DecisionWatch watch, BenchSettings settings, String runTag,
            BenchParties.Credentials credentials, Instant orderedAt, PrintStream progress) throws InterruptedException {
        if (settings.prefill() == 0) {
            return 0;
        }
        // filler parcels quote no orders: filing a million orders first would take longer than the bench itself
        BenchTraffic filler = new BenchTraffic(settings.seed() + 1_000_003, runTag + "P", settings.prefill(), false,
                credentials.platforms(), orderedAt);
        long start = System.nanoTime();
        for (int from = 0; from < settings.prefill(); from += PREFILL_MANIFEST) {
            int to = Math.min(settings.prefill(), from + PREFILL_MANIFEST);
            String ref = "BENCH-" + filler.tag() + "-" + from;
            file(api, courier, ref, BenchManifests.json(ref, filler, from, to));
            watch.await(filler.trackingNumber(to - 1), PATIENCE);
            if ((to / PREFILL_MANIFEST) % 10 == 0 || to == settings.prefill()) {
                progress.printf("  prefill: %,d of %,d parcels%n", to, settings.prefill());
            }
        }
        double rate = settings.prefill() / ((System.nanoTime() - start) / 1e9);
        progress.printf("  prefill: %,d parcels at %,.0f parcels/s%n", settings.prefill(), rate);
        return rate;
    }

    /** One round: the baseline of the round's rows first, then the same parcels as one manifest until the last is decided. */
    private BenchFigures.Round throughput(CaravanClient api, String courier, DecisionWatch watch, RawInsertBaseline baseline,
            BenchTraffic traffic, int parcels) throws Exception {
        double baselineSeconds = baseline.insert(traffic, 0, parcels);
        String ref = "BENCH-" + traffic.tag();
        byte[] body = BenchManifests.json(ref, traffic, 0, parcels);
        long start = System.nanoTime();
        file(api, courier, ref, body);
        watch.await(traffic.trackingNumber(parcels - 1), PATIENCE);
        return new BenchFigures.Round(parcels, (System.nanoTime() - start) / 1e9, baselineSeconds);
    }

    private static void file(CaravanClient api, String courier, String ref, byte[] body) {
        var reply = api.post(MANIFESTS, courier, "bench-" + ref, "application/json", body);
        if (reply.status() != 202) {
            throw new IllegalStateException("Manifest " + ref + " refused (" + reply.status() + "): " + reply.raw());
        }
    }

    /** The latency run's figures, or null when it is skipped. */
    private BenchFigures.Latency latency(String base, String courier, OpenLoopLoad.Schedule schedule, BenchTraffic traffic,
            PrintStream progress) throws InterruptedException {
        if (schedule.seconds() == 0) {
            return null;
        }
        // a small pool: the sender must not need a thread per manifest in flight to keep its schedule
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CaravanClient async = new CaravanClient(base, Duration.ofMinutes(5), pool);
            OpenLoopLoad.Outcome outcome = new OpenLoopLoad(async).offer(schedule, traffic, courier);
            Percentiles p = new Percentiles(outcome.latencyNanos());
            Percentiles a = new Percentiles(outcome.answerNanos());
            BenchFigures.Latency latency = new BenchFigures.Latency(p.at(50) / 1e6, p.at(99) / 1e6, p.at(99.9) / 1e6,
                    p.at(100) / 1e6, new BenchFigures.AnswerLatency(a.at(50) / 1e6, a.at(99) / 1e6, a.at(99.9) / 1e6,
                            a.at(100) / 1e6), schedule.manifests(), outcome.failed(), outcome.firstFailure());
            progress.printf("  latency at %,d parcels/s: p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms (%d manifests, %d failed)%n",
                    schedule.parcelsPerSecond(), latency.p50(), latency.p99(), latency.p999(), latency.manifests(),
                    latency.failed());
            return latency;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The JSON Lines manifest, generated while it is sent. A refusal (too large for the
     * service, or the connection closed on the sender) is a figure of the run, not a crash.
     */
    private BenchFigures.BigManifest bigManifest(CaravanClient api, String courier, DecisionWatch watch,
            BenchSettings settings, String runTag, BenchParties.Credentials credentials, Instant orderedAt,
            PrintStream progress) throws InterruptedException {
        int parcels = settings.bigManifest();
        if (parcels == 0) {
            return new BenchFigures.BigManifest(0, null, "skipped (--big-manifest 0)", null, null);
        }
        BenchTraffic traffic = new BenchTraffic(settings.seed() + 2_000_003, runTag + "M", parcels, false,
                credentials.platforms(), orderedAt);
        String ref = "BENCH-" + traffic.tag();
        System.gc();
        try (HeapWatch heap = new HeapWatch()) {
            long start = System.nanoTime();
            JsonLinesBody[] sent = new JsonLinesBody[1];
            String error = null;
            try {
                var reply = api.postStream(MANIFESTS, courier, "bench-" + ref, NDJSON,
                        () -> sent[0] = BenchManifests.jsonLines(ref, traffic, parcels));
                if (reply.status() == 202) {
                    watch.await(traffic.trackingNumber(parcels - 1), PATIENCE);
                } else {
                    error = "refused with " + reply.status() + ": " + reply.body().path("detail").asString(reply.raw());
                }
            } catch (IllegalStateException e) {
                // a service that stops reading a body it will not take may close the connection before it answers
                error = String.format("connection closed by the service after %,d of %,d consignments (%,d bytes) were sent: %s",
                        sent[0] == null ? 0 : sent[0].consignmentsRead(), parcels, sent[0] == null ? 0 : sent[0].bytesRead(),
                        e.getMessage());
            }
            Double seconds = error == null ? (System.nanoTime() - start) / 1e9 : null;
            BenchFigures.BigManifest big = new BenchFigures.BigManifest(parcels, seconds, error, heap.peakUsedMb(),
                    heap.peakAfterGcMb());
            progress.printf("  JSON Lines manifest of %,d parcels: %s; peak heap %.0f MB%n", parcels,
                    error == null ? String.format("%.1f s", seconds) : error, big.peakHeapMb());
            return big;
        }
    }
}
