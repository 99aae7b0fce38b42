package org.caravan.tracking.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.caravan.party.Role;
import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.caravan.support.OpenApiContract;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The subscriptions API answers as the OpenAPI document it publishes says, refusals included. */
@ActiveProfiles("test")
class WebhookContractTest extends ApiTest {

    private static final String SUBSCRIPTIONS = "/api/v1/subscriptions";
    private static final String ONE = "/api/v1/subscriptions/{id}";

    @LocalServerPort
    int localPort;

    @Test
    void everyAnswerOfTheSubscriptionsApiIsTheDocumentedOne() throws Exception {
        OpenApiContract contract = new OpenApiContract(api.get("/v3/api-docs", null).body());
        Hooks hooks = new Hooks(localPort);
        String courier = as(Role.COURIER, null);
        try (Receiver receiver = new Receiver(Receiver.HEALTHY)) {
            Hooks.Answer created = hooks.subscribe(courier, receiver.url(), WebhookDelivery.ALL, null);
            kept(contract, "POST", SUBSCRIPTIONS, created, 201);
            receiver.secret(created.body().get("secret").asString());
            String id = created.body().get("id").asString();
            String tn = Filings.unique("WH");
            api.post("/api/v1/manifests", courier, Filings.unique("k"), Filings.manifest(Filings.unique("MAWB-"), "KZ",
                    List.of(Filings.line(tn, null, null, "KZ", "KZ-P1", "Aigerim Sadykova", "610910", 2, "20.00", "0.55"))));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(receiver.processed()).hasSize(1));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(hooks.log(courier, id).get(0)
                    .get("status").asString()).isEqualTo("DELIVERED"));

            kept(contract, "GET", SUBSCRIPTIONS, hooks.send("GET", SUBSCRIPTIONS, courier, null), 200);
            kept(contract, "GET", ONE, hooks.send("GET", SUBSCRIPTIONS + "/" + id, courier, null), 200);
            kept(contract, "GET", ONE + "/deliveries", hooks.send("GET", SUBSCRIPTIONS + "/" + id + "/deliveries", courier,
                    null), 200);
            kept(contract, "PATCH", ONE, hooks.send("PATCH", SUBSCRIPTIONS + "/" + id, courier, "{\"paused\": true}"), 200);
            kept(contract, "POST", ONE + "/secret", hooks.send("POST", SUBSCRIPTIONS + "/" + id + "/secret", courier, "{}"),
                    200);
            kept(contract, "POST", ONE + "/replay", hooks.send("POST", SUBSCRIPTIONS + "/" + id + "/replay", courier,
                    "{\"from\": \"2026-01-01T00:00:00Z\"}"), 202);
            kept(contract, "POST", SUBSCRIPTIONS, hooks.subscribe(courier, "ftp://x", List.of("nope"), null), 422);
            kept(contract, "GET", ONE, hooks.send("GET", SUBSCRIPTIONS + "/" + id, as(Role.COURIER, null), null), 404);
            kept(contract, "PATCH", ONE, hooks.send("PATCH", SUBSCRIPTIONS + "/" + id, courier, "{}"), 422);
            kept(contract, "POST", SUBSCRIPTIONS, hooks.subscribe(as(Role.OFFICER, "KZ"), receiver.url(),
                    WebhookDelivery.ALL, null), 403);
            assertThat(hooks.send("DELETE", SUBSCRIPTIONS + "/" + id, courier, null).status()).isEqualTo(204);
        }
    }

    private static void kept(OpenApiContract contract, String method, String path, Hooks.Answer answer, int status) {
        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(status);
        assertThat(answer.contentType()).startsWith(status >= 400 ? "application/problem+json" : "application/json");
        assertThat(contract.violations(method, path, status, "application/" + (status >= 400 ? "problem+json" : "json"),
                answer.body())).as(String.valueOf(answer.body())).isEmpty();
    }
}
