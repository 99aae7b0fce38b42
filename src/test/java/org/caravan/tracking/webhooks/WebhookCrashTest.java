package org.caravan.tracking.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.caravan.support.Filings;
import org.caravan.support.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Killing the service mid-delivery loses nothing. The service runs in its own JVM on the
 * embedded store; it is killed with SIGKILL the instant a manifest is acknowledged (its events
 * still in the outbox), and again while deliveries to a slow receiver are in flight. After the
 * restarts the receiver, deduplicating on webhook-id, has every decision exactly once.
 */
class WebhookCrashTest {

    private static final int PARCELS = 150;

    @TempDir
    Path dataDir;

    @Test
    void aServiceKilledBeforeAndDuringDeliveryStillDeliversEveryEventOnce() throws Exception {
        Path log = Files.createTempFile("caravan-webhook-crash", ".log");
        try (Receiver receiver = new Receiver((attempt, order) -> Receiver.Answer.SLOW)) {
            List<String> parcels = new ArrayList<>();
            List<Map<String, Object>> lines = new ArrayList<>();
            for (int i = 0; i < PARCELS; i++) {
                String tn = Filings.unique("WC");
                parcels.add(tn);
                lines.add(Filings.line(tn, null, null, "KZ", "KZ-P" + i, "Aigerim Sadykova", "610910", 1, "20.00", "0.4"));
            }

            // killed the instant the manifest is acknowledged: the events are in the outbox only
            try (ServiceProcess service = start(log)) {
                String courier = service.api().token("demo-courier", "demo-secret");
                Hooks.Answer created = new Hooks(service.port()).subscribe(courier, receiver.url(), WebhookDelivery.ALL,
                        null);
                assertThat(created.status()).isEqualTo(201);
                receiver.secret(created.body().get("secret").asString());
                assertThat(service.api().post("/api/v1/manifests", courier, Filings.unique("k"),
                        Filings.manifest(Filings.unique("MAWB-"), "KZ", lines)).status()).isEqualTo(202);
                service.kill();
            }
            int before = receiver.processed().size();

            // killed again while deliveries are in flight
            try (ServiceProcess service = start(log)) {
                await().atMost(Duration.ofSeconds(60)).until(() -> receiver.processed().size() >= before + PARCELS / 4);
                service.kill();
            }
            int atSecondKill = receiver.processed().size();
            assertThat(atSecondKill).as("the second kill came before everything was delivered").isLessThan(PARCELS);

            try (ServiceProcess service = start(log)) {
                await().atMost(Duration.ofSeconds(120)).until(() -> receiver.processed().size() >= PARCELS);
                Thread.sleep(1000); // time for a stray duplicate to show up
                Set<String> delivered = receiver.processed().stream().map(e -> e.get("subject").asString())
                        .collect(Collectors.toSet());
                assertThat(delivered).containsExactlyInAnyOrderElementsOf(parcels);
                assertThat(receiver.processed()).hasSize(PARCELS);
                assertThat(receiver.forged()).isZero();
                String courier = service.api().token("demo-courier", "demo-secret");
                Hooks hooks = new Hooks(service.port());
                String id = hooks.send("GET", "/api/v1/subscriptions", courier, null).body().get("subscriptions").get(0)
                        .get("id").asString();
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(hooks.log(courier, id))
                        .hasSize(PARCELS).map(d -> d.get("status").asString()).containsOnly("DELIVERED"));
                System.out.printf("webhook crash: %d processed before the second start, %d at the second kill, "
                        + "%d requests for %d events%n", before, atSecondKill, receiver.received().size(), PARCELS);
                service.stop();
            }
        }
    }

    private ServiceProcess start(Path log) {
        return ServiceProcess.start(dataDir, log, List.of("--caravan.webhooks.allow-http-localhost=true",
                "--caravan.webhooks.connect-timeout=PT1S", "--caravan.webhooks.request-timeout=PT1S",
                "--caravan.webhooks.first-retry=PT0.1S", "--caravan.webhooks.max-retry=PT0.5S",
                "--caravan.webhooks.poll-interval=PT0.05S", "--caravan.webhooks.max-attempts=1000"),
                Map.of("CARAVAN_DEMO_PARTIES", "true"), api -> api.token("demo-courier", "demo-secret") != null);
    }
}
