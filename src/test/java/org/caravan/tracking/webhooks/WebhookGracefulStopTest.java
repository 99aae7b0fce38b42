package org.caravan.tracking.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.caravan.support.Filings;
import org.caravan.support.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM while webhook requests are in the air: the dispatcher waits for their answers and
 * records them before the service exits, so after a restart no event is sent twice (as it
 * would be once the lease of an unrecorded request ran out).
 */
class WebhookGracefulStopTest {

    private static final int PARCELS = 24;

    @TempDir
    Path dataDir;

    @Test
    void requestsInTheAirWhenTheServiceStopsAreRecordedAndNotSentAgain() throws Exception {
        Path log = Files.createTempFile("caravan-webhook-stop", ".log");
        try (Receiver receiver = new Receiver((attempt, order) -> Receiver.Answer.SLOW)) {
            List<Map<String, Object>> lines = new ArrayList<>();
            for (int i = 0; i < PARCELS; i++) {
                lines.add(Filings.line(Filings.unique("WG"), null, null, "KZ", "KZ-P" + i, "Aigerim Sadykova", "610910", 1,
                        "20.00", "0.4"));
            }
            try (ServiceProcess service = start(log)) {
                String courier = service.api().token("demo-courier", "demo-secret");
                Hooks.Answer created = new Hooks(service.port()).subscribe(courier, receiver.url(), WebhookDelivery.ALL,
                        null);
                assertThat(created.status()).isEqualTo(201);
                receiver.secret(created.body().get("secret").asString());
                assertThat(service.api().post("/api/v1/manifests", courier, Filings.unique("k"),
                        Filings.manifest(Filings.unique("MAWB-"), "KZ", lines)).status()).isEqualTo(202);
                await().atMost(Duration.ofSeconds(30)).until(() -> !receiver.received().isEmpty());
                service.stop();
            }
            int atStop = receiver.processed().size();
            assertThat(atStop).as("stopped before everything was delivered").isLessThan(PARCELS);
            try (ServiceProcess service = start(log)) {
                await().atMost(Duration.ofSeconds(60)).until(() -> receiver.processed().size() >= PARCELS);
                // longer than a lease (connect + request timeout + 5 s): an unrecorded request would be sent again
                Thread.sleep(8000);
                List<String> ids = receiver.received().stream().map(Receiver.Request::id).toList();
                assertThat(ids).as("webhook ids received").doesNotHaveDuplicates().hasSize(receiver.processed().size());
                service.stop();
            }
        }
    }

    private ServiceProcess start(Path log) {
        return ServiceProcess.start(dataDir, log, List.of("--caravan.webhooks.allow-http-localhost=true",
                "--caravan.webhooks.connect-timeout=PT1S", "--caravan.webhooks.request-timeout=PT2S",
                "--caravan.webhooks.first-retry=PT0.1S", "--caravan.webhooks.max-retry=PT0.5S",
                "--caravan.webhooks.poll-interval=PT0.05S"),
                Map.of("CARAVAN_DEMO_PARTIES", "true"), api -> api.token("demo-courier", "demo-secret") != null);
    }
}
