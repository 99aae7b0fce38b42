package org.caravan.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.caravan.support.Api;
import org.caravan.support.Filings;
import org.caravan.support.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/**
 * "2xx means durable", tested the hard way: the service runs in its own JVM and is killed
 * with SIGKILL the instant a filing is acknowledged, while a large manifest is being filed
 * beside it. After every restart each acknowledged filing is still there, a retry with the
 * same Idempotency-Key replays it, the interrupted manifest is filed exactly once on retry,
 * and the store passes the service's own consistency check (run at start after a crash).
 */
abstract class CrashRecovery {

    static final int CYCLES = Integer.getInteger("caravan.crash.cycles", 10);
    static final int LARGE_MANIFEST = Integer.getInteger("caravan.crash.large-manifest", 2_000);

    @TempDir
    Path dataDir;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final Random random = new Random(20261126L);

    /** Starts the service on the store under test; the same store every time. */
    abstract ServiceProcess start(Path log);

    abstract String courier();

    abstract String platform();

    /** Counts rows directly in the store once the service has stopped. */
    abstract long count(String sql, Object... params) throws Exception;

    record Filing(String path, String key, byte[] body, int status, String id, List<String> trackingNumbers) {
    }

    /** The consumer id the orders quote; sent as raw bytes, the bodies are not given one by {@link Api}. */
    private String buyer;

    @Test
    void acknowledgedFilingsSurviveSigkillAndInterruptedOnesAreFiledOnceOnRetry() throws Exception {
        Path log = Files.createTempFile("caravan-crash", ".log");
        List<Filing> acknowledged = new ArrayList<>();
        List<Filing> interrupted = new ArrayList<>();
        int interruptions = 0;
        for (int cycle = 0; cycle < CYCLES; cycle++) {
            ServiceProcess service = start(log);
            try {
                Api api = service.api();
                String courier = api.token(courier(), "demo-secret");
                String platform = api.token(platform(), "demo-secret");
                if (buyer == null) {
                    // issued once: the store keeps it across every restart
                    buyer = api.consumerId("KZ-P1");
                }
                verifyAfterRestart(service, courier, platform, acknowledged, interrupted);

                Filing large = manifest(LARGE_MANIFEST);
                CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(request(service, courier, large),
                        HttpResponse.BodyHandlers.ofString());
                Thread.sleep(random.nextInt(250));
                Filing small = cycle % 2 == 0 ? manifest(2) : order();
                HttpResponse<String> answer = http.send(request(service, cycle % 2 == 0 ? courier : platform, small),
                        HttpResponse.BodyHandlers.ofString());
                service.kill(); // the instant the 2xx is in hand
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(small.status());
                acknowledged.add(withId(small, answer.body()));
                HttpResponse<String> largeAnswer = inFlight.handle((r, e) -> r).get(30, TimeUnit.SECONDS);
                if (largeAnswer != null && largeAnswer.statusCode() == 202) {
                    acknowledged.add(withId(large, largeAnswer.body()));
                } else {
                    interrupted.add(large);
                    interruptions++;
                }
                System.out.printf("%s crash cycle %d: killed after %s; large manifest %s%n", java.time.LocalTime.now(), cycle, small.path(),
                        largeAnswer != null && largeAnswer.statusCode() == 202 ? "acknowledged" : "interrupted");
            } finally {
                service.close();
            }
        }
        ServiceProcess last = start(log);
        try {
            Api api = last.api();
            verifyAfterRestart(last, api.token(courier(), "demo-secret"), api.token(platform(), "demo-secret"),
                    acknowledged, interrupted);
        } finally {
            last.stop();
        }
        assertThat(interruptions).as("kills that landed in the middle of a large manifest").isPositive();
        for (Filing f : acknowledged) {
            if (f.path().endsWith("manifests")) {
                assertThat(count("select count(*) from consignment c join manifest m on m.id = c.manifest_id where m.id = ?",
                        java.util.UUID.fromString(f.id()))).isEqualTo(f.trackingNumbers().size());
            } else {
                assertThat(count("select count(*) from platform_order where id = ?", java.util.UUID.fromString(f.id())))
                        .isOne();
            }
        }
        assertThat(count("select count(*) from consignment")).isEqualTo(acknowledged.stream()
                .mapToLong(f -> f.trackingNumbers().size()).sum());
    }

    /** Every filing acknowledged before a kill is there; every interrupted one is filed exactly once by its retry. */
    private void verifyAfterRestart(ServiceProcess service, String courier, String platform, List<Filing> acknowledged,
            List<Filing> interrupted) throws Exception {
        for (Filing f : acknowledged) {
            if (f.trackingNumbers().size() > 2) {
                assertThat(service.api().get("/api/v1/consignments/" + f.trackingNumbers().get(0), courier).status())
                        .as("large manifest " + f.key()).isEqualTo(200);
                continue; // replaying 10,000 lines every cycle would cost minutes; checked by count at the end
            }
            HttpResponse<String> replay = http.send(request(service, f.path().endsWith("orders") ? platform : courier, f),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(replay.statusCode()).as("retry of acknowledged " + f.key() + ": " + replay.body())
                    .isEqualTo(f.status());
            assertThat(replay.headers().firstValue("Idempotent-Replayed")).contains("true");
            assertThat(id(replay.body())).isEqualTo(f.id());
        }
        for (int i = 0; i < interrupted.size(); i++) {
            Filing f = interrupted.get(i);
            HttpResponse<String> retry = http.send(request(service, courier, f), HttpResponse.BodyHandlers.ofString());
            assertThat(retry.statusCode()).as("retry of interrupted " + f.key() + ": " + retry.body()).isEqualTo(202);
            Filing filed = withId(f, retry.body());
            HttpResponse<String> again = http.send(request(service, courier, f), HttpResponse.BodyHandlers.ofString());
            assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
            assertThat(id(again.body())).isEqualTo(filed.id());
            acknowledged.add(filed);
        }
        interrupted.clear();
    }

    private Filing manifest(int consignments) {
        List<String> numbers = IntStream.range(0, consignments).mapToObj(i -> Filings.unique("CRS")).toList();
        Map<String, Object> body = Filings.manifest(Filings.unique("MAWB-"), "KZ", numbers.stream()
                .map(tn -> Filings.line(tn, null, null, "KZ", null, "Aigerim Sadykova" + random.nextInt(1000),
                        "610910", 1, "20.00", "0.400"))
                .toList());
        return new Filing("/api/v1/manifests", Filings.unique("key-"), Api.JSON.writeValueAsBytes(body), 202, null,
                numbers);
    }

    private Filing order() {
        Map<String, Object> body = Filings.order(Filings.unique("ORD-"), "KZ", buyer, "Aigerim Sadykova", "610910", 2,
                "12.50");
        return new Filing("/api/v1/orders", Filings.unique("key-"), Api.JSON.writeValueAsBytes(body), 201, null, List.of());
    }

    private static Filing withId(Filing f, String response) {
        return new Filing(f.path(), f.key(), f.body(), f.status(), id(response), f.trackingNumbers());
    }

    private static String id(String response) {
        JsonNode body = Api.JSON.readTree(response);
        return body.has("manifestId") ? body.get("manifestId").asString() : body.get("orderId").asString();
    }

    private static HttpRequest request(ServiceProcess service, String token, Filing f) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + service.port() + f.path()))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", f.key()).timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofByteArray(f.body())).build();
    }
}
