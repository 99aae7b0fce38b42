package org.caravan.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.caravan.CaravanCommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/**
 * {@code caravan bench --json} on a fresh embedded store, at sizes a test can afford: every
 * figure is there and consistent with the others. The figures' values are the machine's,
 * so only their relations are asserted, never a speed.
 */
class BenchCommandTest {

    @Test
    void printsEveryFigureAsOneJsonObject(@TempDir Path dataDir) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = run(out, "bench", "--data-dir", dataDir.toString(), "--parcels", "300", "--rounds", "1",
                "--latency-seconds", "1", "--rate", "500", "--big-manifest", "400", "--json");

        assertThat(exit).isZero();
        String stdout = out.toString(StandardCharsets.UTF_8).strip();
        // nothing but the object: the service's log and the progress lines go to stderr
        assertThat(stdout).startsWith("{").endsWith("}");
        JsonNode figures = CaravanClient.JSON.readTree(stdout);
        assertThat(figures.get("profile").asString()).isEqualTo("h2");
        assertThat(figures.get("parcels").asInt()).isEqualTo(300);
        assertThat(figures.get("rounds").asInt()).isEqualTo(1);
        assertThat(figures.get("roundsMeasured").size()).isEqualTo(1);
        double parcelsPerSecond = figures.get("parcelsPerSecond").asDouble();
        double baseline = figures.get("baselineRowsPerSecond").asDouble();
        assertThat(parcelsPerSecond).isPositive();
        assertThat(baseline).isPositive();
        assertThat(figures.get("ratio").asDouble()).isCloseTo(parcelsPerSecond / baseline, within(0.001));
        assertThat(figures.get("ordersPerSecond").asDouble()).isPositive();
        // 90 % of the round's, the warm-up's and the latency run's parcels have orders
        assertThat(figures.get("ordersFiled").asInt()).isBetween(900, 1200);

        JsonNode latency = figures.get("latencyMs");
        assertThat(latency.get("p50").asDouble()).isPositive();
        assertThat(latency.get("p50").asDouble()).isLessThanOrEqualTo(latency.get("p99").asDouble());
        assertThat(latency.get("p99").asDouble()).isLessThanOrEqualTo(latency.get("p999").asDouble());
        JsonNode answer = figures.get("answerLatencyMs");
        assertThat(answer.get("p50").asDouble()).isPositive().isLessThanOrEqualTo(latency.get("p50").asDouble());
        assertThat(answer.get("p99").asDouble()).isLessThanOrEqualTo(latency.get("p99").asDouble());
        assertThat(figures.at("/latencyLoad/manifests").asInt()).isEqualTo(10);
        assertThat(figures.at("/latencyLoad/failed").asInt()).isZero();

        assertThat(figures.get("manifestParcels").asInt()).isEqualTo(400);
        assertThat(figures.get("manifestSeconds").asDouble()).isPositive();
        assertThat(figures.get("manifestError").isNull()).isTrue();
        assertThat(figures.get("peakHeapMb").asDouble()).isPositive();
        assertThat(figures.get("stagesMicrosPerParcel").isObject()).isTrue();
        figures.get("stagesMicrosPerParcel").properties().forEach(stage -> assertThat(stage.getValue().asDouble())
                .as(stage.getKey()).isNotNegative());
    }

    @Test
    void reportsAManifestTheServiceRefusesAsAFigureAndSkippedFiguresAsEmpty(@TempDir Path dataDir) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // a streamed-body limit of 64 KiB refuses the 400-line manifest, as a larger limit refuses a larger one
        int exit = run(out, "bench", "--data-dir", dataDir.toString(), "--parcels", "100", "--rounds", "1",
                "--latency-seconds", "0", "--big-manifest", "400", "--prefill", "80", "--json",
                "--caravan.http.max-streamed-body-bytes=65536");

        assertThat(exit).isZero();
        JsonNode figures = CaravanClient.JSON.readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(figures.get("manifestSeconds").isNull()).isTrue();
        assertThat(figures.get("manifestError").asString()).isNotBlank();
        assertThat(figures.get("peakHeapMb").asDouble()).isPositive();
        assertThat(figures.get("parcelsPerSecond").asDouble()).isPositive();
        assertThat(figures.at("/latencyMs/p50").isNull()).isTrue();
        assertThat(figures.get("prefill").asInt()).isEqualTo(80);
        assertThat(figures.get("prefillParcelsPerSecond").asDouble()).isPositive();
    }

    @Test
    void refusesSettingsThatMeasureNothing(@TempDir Path dataDir) {
        int exit = run(new ByteArrayOutputStream(), "bench", "--data-dir", dataDir.toString(), "--rounds", "0");

        assertThat(exit).isEqualTo(2);
    }

    static int run(ByteArrayOutputStream out, String... args) {
        PrintStream original = System.out;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            return new CommandLine(new CaravanCommandLine()).execute(args);
        } finally {
            System.setOut(original);
        }
    }
}
