package org.caravan.simulator;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one bench run, as {@code docs/benchmarks.md} describes them. Rates are
 * means over the measured rounds; the ratio is the mean end-to-end rate over the mean
 * baseline rate.
 */
public record BenchFigures(String profile, BenchSettings settings, double ordersPerSecond, long ordersFiled,
        double prefillParcelsPerSecond, List<Round> measuredRounds, Latency latency, BigManifest bigManifest,
        Map<String, Double> stagesMicrosPerParcel) {

    /** One throughput round: the manifest end to end, and the raw insert of its rows. */
    public record Round(int parcels, double endToEndSeconds, double baselineSeconds) {

        public double parcelsPerSecond() {
            return parcels / endToEndSeconds;
        }

        public double baselineRowsPerSecond() {
            return parcels / baselineSeconds;
        }
    }

    /** Filing to visible decision at the offered load, in milliseconds; the run's latency is null when it was skipped. */
    public record Latency(double p50, double p99, double p999, double max, AnswerLatency answered, int manifests, int failed,
            String firstFailure) {
    }

    /** The same percentiles of the time to the 202 answer alone, in milliseconds. */
    public record AnswerLatency(double p50, double p99, double p999, double max) {
    }

    /** The JSON Lines manifest: seconds to its last decision, or why it was refused; the heap while it ran. */
    public record BigManifest(int parcels, Double seconds, String error, Double peakHeapMb, Double peakHeapAfterGcMb) {
    }

    public double parcelsPerSecond() {
        return measuredRounds.stream().mapToDouble(Round::parcelsPerSecond).average().orElse(0);
    }

    public double baselineRowsPerSecond() {
        return measuredRounds.stream().mapToDouble(Round::baselineRowsPerSecond).average().orElse(0);
    }

    public double ratio() {
        return parcelsPerSecond() / baselineRowsPerSecond();
    }

    /** The one JSON object {@code --json} prints. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("profile", profile);
        json.put("parcels", settings.parcels());
        json.put("rounds", settings.rounds());
        json.put("seed", settings.seed());
        json.put("prefill", settings.prefill());
        json.put("parcelsPerSecond", round(parcelsPerSecond(), 1));
        json.put("baselineRowsPerSecond", round(baselineRowsPerSecond(), 1));
        json.put("ratio", round(ratio(), 4));
        json.put("roundsMeasured", measuredRounds.stream().map(r -> {
            Map<String, Object> round = new LinkedHashMap<>();
            round.put("seconds", round(r.endToEndSeconds(), 3));
            round.put("parcelsPerSecond", round(r.parcelsPerSecond(), 1));
            round.put("baselineRowsPerSecond", round(r.baselineRowsPerSecond(), 1));
            return round;
        }).toList());
        Map<String, Object> latencyMs = new LinkedHashMap<>();
        latencyMs.put("p50", latency == null ? null : round(latency.p50(), 2));
        latencyMs.put("p99", latency == null ? null : round(latency.p99(), 2));
        latencyMs.put("p999", latency == null ? null : round(latency.p999(), 2));
        latencyMs.put("max", latency == null ? null : round(latency.max(), 2));
        json.put("latencyMs", latencyMs);
        Map<String, Object> answerMs = new LinkedHashMap<>();
        answerMs.put("p50", latency == null ? null : round(latency.answered().p50(), 2));
        answerMs.put("p99", latency == null ? null : round(latency.answered().p99(), 2));
        answerMs.put("p999", latency == null ? null : round(latency.answered().p999(), 2));
        answerMs.put("max", latency == null ? null : round(latency.answered().max(), 2));
        json.put("answerLatencyMs", answerMs);
        Map<String, Object> load = new LinkedHashMap<>();
        load.put("offeredParcelsPerSecond", settings.rate());
        load.put("seconds", settings.latencySeconds());
        load.put("parcelsPerManifest", settings.latencyManifestParcels());
        load.put("manifests", latency == null ? 0 : latency.manifests());
        load.put("failed", latency == null ? 0 : latency.failed());
        if (latency != null && latency.firstFailure() != null) {
            load.put("firstFailure", latency.firstFailure());
        }
        json.put("latencyLoad", load);
        json.put("manifestParcels", bigManifest.parcels());
        json.put("manifestSeconds", bigManifest.seconds() == null ? null : round(bigManifest.seconds(), 3));
        json.put("manifestError", bigManifest.error());
        json.put("peakHeapMb", bigManifest.peakHeapMb() == null ? null : round(bigManifest.peakHeapMb(), 1));
        json.put("peakHeapAfterGcMb", bigManifest.peakHeapAfterGcMb() == null ? null
                : round(bigManifest.peakHeapAfterGcMb(), 1));
        Map<String, Object> stages = new LinkedHashMap<>();
        stagesMicrosPerParcel.forEach((stage, micros) -> stages.put(stage, round(micros, 2)));
        json.put("stagesMicrosPerParcel", stages);
        json.put("ordersPerSecond", round(ordersPerSecond, 1));
        json.put("ordersFiled", ordersFiled);
        json.put("prefillParcelsPerSecond", settings.prefill() == 0 ? null : round(prefillParcelsPerSecond, 1));
        return json;
    }

    /** The readable form printed without {@code --json}. */
    public void print(PrintStream out) {
        out.println();
        out.printf("Caravan bench (%s): %,d parcels a manifest, %d measured rounds, seed %d%s%n", profile,
                settings.parcels(), settings.rounds(), settings.seed(),
                settings.prefill() > 0 ? String.format(", on a store prefilled with %,d parcels", settings.prefill()) : "");
        out.printf("  orders filed beforehand        %,12.0f orders/s  (%,d orders)%n", ordersPerSecond, ordersFiled);
        out.printf("  end to end                     %,12.0f parcels/s%n", parcelsPerSecond());
        out.printf("  raw insert baseline            %,12.0f rows/s%n", baselineRowsPerSecond());
        out.printf("  ratio                          %12.3f%n", ratio());
        if (latency == null) {
            out.println("  latency                        skipped");
        } else {
            out.printf("  latency at %,d parcels/s       p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, max %.1f ms (%d manifests, %d failed)%n",
                    settings.rate(), latency.p50(), latency.p99(), latency.p999(), latency.max(), latency.manifests(),
                    latency.failed());
            out.printf("    of which the 202 answer      p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms%n", latency.answered().p50(),
                    latency.answered().p99(), latency.answered().p999());
        }
        if (bigManifest.parcels() == 0) {
            out.println("  JSON Lines manifest            skipped");
        } else if (bigManifest.seconds() != null) {
            out.printf("  JSON Lines manifest of %,d  %.1f s, peak heap %.0f MB (%.0f MB live after GC)%n",
                    bigManifest.parcels(), bigManifest.seconds(), bigManifest.peakHeapMb(), bigManifest.peakHeapAfterGcMb());
        } else {
            out.printf("  JSON Lines manifest of %,d  not filed: %s%n", bigManifest.parcels(), bigManifest.error());
        }
        if (stagesMicrosPerParcel.isEmpty()) {
            out.println("  stages                         not counted by this service");
        } else {
            out.println("  stage                          µs per parcel");
            stagesMicrosPerParcel.forEach((stage, micros) -> out.printf("    %-28s %10.2f%n", stage, micros));
        }
    }

    private static double round(double value, int places) {
        double scale = Math.pow(10, places);
        return Math.round(value * scale) / scale;
    }
}
