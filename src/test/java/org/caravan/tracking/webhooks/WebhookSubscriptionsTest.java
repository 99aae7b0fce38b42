package org.caravan.tracking.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.caravan.party.Role;
import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;

/** Managing subscriptions: who may see them, what they refuse, pause, dead letters, replay, rotation. */
@ActiveProfiles("test")
class WebhookSubscriptionsTest extends ApiTest {

    private static final List<String> ALL = WebhookDelivery.ALL;

    @org.springframework.boot.test.web.server.LocalServerPort
    int localPort;

    private Hooks hooks;

    @BeforeEach
    void hooks() {
        hooks = new Hooks(localPort);
    }

    @Test
    void anotherPartySeesNoneOfThemAndBadInputIsAProblemNamingTheField() {
        String courier = as(Role.COURIER, null);
        String other = as(Role.COURIER, null);
        Hooks.Answer created = hooks.subscribe(courier, "https://hooks.example.com/caravan", ALL, null);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("secret").asString()).startsWith("whsec_");
        String id = created.body().get("id").asString();

        assertThat(hooks.send("GET", "/api/v1/subscriptions/" + id, other, null).status()).isEqualTo(404);
        assertThat(hooks.send("GET", "/api/v1/subscriptions/" + id + "/deliveries", other, null).status()).isEqualTo(404);
        assertThat(hooks.send("PATCH", "/api/v1/subscriptions/" + id, other, "{\"paused\": true}").status()).isEqualTo(404);
        assertThat(hooks.send("POST", "/api/v1/subscriptions/" + id + "/replay", other, "{\"from\": \"2026-01-01T00:00:00Z\"}")
                .status()).isEqualTo(404);
        assertThat(hooks.send("DELETE", "/api/v1/subscriptions/" + id, other, null).status()).isEqualTo(404);
        assertThat(hooks.send("GET", "/api/v1/subscriptions/not-an-id", courier, null).status()).isEqualTo(404);
        assertThat(hooks.send("GET", "/api/v1/subscriptions", other, null).body().get("subscriptions")).isEmpty();

        JsonNode listed = hooks.send("GET", "/api/v1/subscriptions", courier, null).body().get("subscriptions");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).has("secret")).as("a secret is shown once, at creation").isFalse();

        Hooks.Answer refused = hooks.subscribe(courier, "http://hooks.example.com/caravan",
                List.of("org.caravan.consignment.decided", "org.caravan.parcel.teleported"), "not-a-secret");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().get("errors").valueStream().map(e -> e.get("pointer").asString() + " " + e.get("code")
                .asString())).containsExactlyInAnyOrder("/url https-required", "/eventTypes/1 unknown-event-type",
                        "/secret malformed");
        assertThat(hooks.send("POST", "/api/v1/subscriptions", courier, "{\"url\": ").status()).isEqualTo(400);
        assertThat(hooks.send("POST", "/api/v1/subscriptions/" + id + "/replay", courier, "{\"from\": \"yesterday\"}")
                .status()).isEqualTo(422);
        assertThat(hooks.send("GET", "/api/v1/subscriptions/" + id + "/deliveries?limit=0", courier, null).status())
                .isEqualTo(422);
        String officer = as(Role.OFFICER, "KZ");
        assertThat(hooks.subscribe(officer, "https://hooks.example.com/x", ALL, null).status()).isEqualTo(403);

        assertThat(hooks.send("DELETE", "/api/v1/subscriptions/" + id, courier, null).status()).isEqualTo(204);
        assertThat(hooks.send("GET", "/api/v1/subscriptions/" + id, courier, null).status()).isEqualTo(404);
    }

    @Test
    void hostileInputIsRefusedWithAProblemNeverA500() {
        String courier = as(Role.COURIER, null);
        String id = hooks.subscribe(courier, "https://hooks.example.com/a", ALL, null).body().get("id").asString();
        List<Hooks.Answer> answers = List.of(
                hooks.send("POST", "/api/v1/subscriptions", courier, "null"),
                hooks.send("POST", "/api/v1/subscriptions", courier, ""),
                hooks.send("POST", "/api/v1/subscriptions", courier, "{\"url\": 5, \"eventTypes\": \"x\"}"),
                hooks.send("POST", "/api/v1/subscriptions", courier, "{\"url\": \"https://a.example\", \"eventTypes\": [null]}"),
                hooks.send("POST", "/api/v1/subscriptions", courier, "{\"url\": \"https://" + "a".repeat(3000) + "\", "
                        + "\"eventTypes\": []}"),
                hooks.send("POST", "/api/v1/subscriptions", courier, "{\"url\": \"https://user:pw@a.example/\", "
                        + "\"eventTypes\": [\"org.caravan.consignment.decided\"]}"),
                hooks.send("POST", "/api/v1/subscriptions", courier, "{\"url\": \"http://127.0.0.1.evil.example/\", "
                        + "\"eventTypes\": [\"org.caravan.consignment.decided\"]}"),
                hooks.send("PATCH", "/api/v1/subscriptions/" + id, courier, "{\"paused\": \"maybe\"}"),
                hooks.send("PATCH", "/api/v1/subscriptions/" + id, courier, "null"),
                hooks.send("POST", "/api/v1/subscriptions/" + id + "/replay", courier, "{}"),
                hooks.send("POST", "/api/v1/subscriptions/" + id + "/secret", courier, "{\"overlapSeconds\": -1}"),
                hooks.send("GET", "/api/v1/subscriptions/" + id + "/deliveries?limit=abc", courier, null),
                hooks.send("GET", "/api/v1/subscriptions/" + id + "/deliveries?after=-1", courier, null));
        for (String internal : List.of("https://10.0.0.7/hook", "https://169.254.169.254/latest", "https://192.168.1.1/",
                "https://[fd00::1]/", "https://0.0.0.0/", "https://100.64.0.1/", "https://[::ffff:10.0.0.1]/")) {
            Hooks.Answer a = hooks.subscribe(courier, internal, ALL, null);
            assertThat(a.status()).as(internal).isEqualTo(422);
            assertThat(a.body().at("/errors/0/code").asString()).isEqualTo("internal-address");
        }
        assertThat(answers).allSatisfy(a -> {
            assertThat(a.status()).as(String.valueOf(a.body())).isBetween(400, 499);
            assertThat(a.contentType()).startsWith("application/problem+json");
        });

        for (int i = 1; i < SubscriptionLimit.MAX; i++) {
            assertThat(hooks.subscribe(courier, "https://hooks.example.com/" + i, ALL, null).status()).isEqualTo(201);
        }
        Hooks.Answer tooMany = hooks.subscribe(courier, "https://hooks.example.com/more", ALL, null);
        assertThat(tooMany.status()).isEqualTo(409);
        assertThat(tooMany.body().get("type").asString()).endsWith("/problems/too-many-subscriptions");
    }

    /** The number a party may hold, as the service has it. */
    static final class SubscriptionLimit {
        static final int MAX = org.caravan.tracking.internal.webhooks.SubscriptionManagement.MAX_PER_PARTY;
    }

    @Test
    void aPausedSubscriptionKeepsItsEventsUntilResumedAndAPlatformHearsOfItsOrders() throws Exception {
        String[] platformId = new String[1];
        String platform = platform(platformId);
        String courier = as(Role.COURIER, null);
        try (Receiver courierSide = new Receiver(Receiver.HEALTHY); Receiver platformSide = new Receiver(Receiver.HEALTHY)) {
            String id = subscribe(courier, courierSide, ALL);
            subscribe(platform, platformSide, List.of(ALL.get(0)));
            assertThat(hooks.send("PATCH", "/api/v1/subscriptions/" + id, courier, "{\"paused\": true}").body()
                    .get("paused").asBoolean()).isTrue();

            String orderRef = Filings.unique("ORD-");
            assertThat(api.post("/api/v1/orders", platform, Filings.unique("k"), Filings.order(orderRef, "KZ", "KZ-P1",
                    "Aigerim Sadykova", "610910", 2, "10.00")).status()).isEqualTo(201);
            String tn = file(courier, Filings.line(Filings.unique("WH"), platformId[0], orderRef, "KZ", "KZ-P1",
                    "Aigerim Sadykova", "610910", 2, "20.00", "0.55"));

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(platformSide.processed()).hasSize(1));
            assertThat(platformSide.processed().get(0).get("subject").asString()).isEqualTo(tn);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(hooks.log(courier, id)).hasSize(1));
            Thread.sleep(500);
            assertThat(courierSide.received()).as("nothing is sent while paused").isEmpty();

            hooks.send("PATCH", "/api/v1/subscriptions/" + id, courier, "{\"paused\": false}");
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(courierSide.processed()).hasSize(1));
            assertThat(courierSide.processed().get(0).get("id").asString())
                    .isEqualTo(platformSide.processed().get(0).get("id").asString());
        }
    }

    @Test
    void aDeliveryThatKeepsFailingIsDeadLetteredAndAReplaySendsItAgainUnderTheSameId() throws Exception {
        String courier = as(Role.COURIER, null);
        try (Receiver down = new Receiver((attempt, order) -> Receiver.Answer.FAIL)) {
            String id = subscribe(courier, down, ALL);
            Instant before = Instant.now().minusSeconds(1);
            String tn = file(courier, Filings.line(Filings.unique("WH"), null, null, "KZ", "KZ-P1", "Aigerim Sadykova",
                    "610910", 2, "20.00", "0.55"));

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(hooks.log(courier, id))
                    .singleElement().satisfies(d -> {
                        assertThat(d.get("status").asString()).isEqualTo("DEAD_LETTERED");
                        assertThat(d.get("attempts").asInt()).isEqualTo(6);
                        assertThat(d.get("lastResponseCode").asInt()).isEqualTo(500);
                        assertThat(d.get("lastError").asString()).isEqualTo("HTTP 500");
                        assertThat(d.get("subject").asString()).isEqualTo(tn);
                        assertThat(d.has("nextAttemptAt")).isFalse();
                    }));
            assertThat(down.received()).hasSize(6);
            assertThat(down.processed()).isEmpty();

            down.behave(Receiver.HEALTHY);
            Hooks.Answer replayed = hooks.send("POST", "/api/v1/subscriptions/" + id + "/replay", courier,
                    "{\"from\": \"" + Instant.now().plusSeconds(60) + "\"}");
            assertThat(replayed.body().get("requeued").asInt()).as("nothing happened after that time").isZero();
            replayed = hooks.send("POST", "/api/v1/subscriptions/" + id + "/replay", courier,
                    "{\"from\": \"" + before + "\"}");
            assertThat(replayed.status()).isEqualTo(202);
            assertThat(replayed.body().get("requeued").asInt()).isEqualTo(1);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(down.processed()).hasSize(1));
            assertThat(down.received()).map(Receiver.Request::id).containsOnly(down.received().get(0).id());
            JsonNode logged = hooks.log(courier, id).get(0);
            assertThat(logged.get("status").asString()).isEqualTo("DELIVERED");
            assertThat(logged.get("eventId").asString()).isEqualTo(down.received().get(0).id());
        }
    }

    @Test
    void duringARotationDeliveriesAreSignedWithBothSecrets() throws Exception {
        String courier = as(Role.COURIER, null);
        try (Receiver receiver = new Receiver(Receiver.HEALTHY)) {
            String id = subscribe(courier, receiver, ALL);
            Hooks.Answer rotated = hooks.send("POST", "/api/v1/subscriptions/" + id + "/secret", courier,
                    "{\"overlapSeconds\": 3600}");
            assertThat(rotated.status()).isEqualTo(200);
            String fresh = rotated.body().get("secret").asString();
            // the receiver still holds the old secret: the overlap keeps it verifying
            file(courier, Filings.line(Filings.unique("WH"), null, null, "KZ", "KZ-P1", "Aigerim Sadykova", "610910", 2,
                    "20.00", "0.55"));
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(receiver.processed()).hasSize(1));
            Receiver.Request r = receiver.received().get(0);
            assertThat(r.signature().split(" ")).hasSize(2);
            assertThat(WebhookSignatureCheck.verify(fresh, r.id(), r.timestamp(), r.signature(), r.body(), Instant.now()))
                    .isTrue();
            assertThat(hooks.send("GET", "/api/v1/subscriptions/" + id, courier, null).body()
                    .get("previousSecretValidUntil").asString()).isNotEmpty();
            assertThat(hooks.send("POST", "/api/v1/subscriptions/" + id + "/secret", courier,
                    "{\"overlapSeconds\": 99999999}").status()).isEqualTo(422);
        }
    }

    @Test
    void aFinalMileReportReachesTheCourierOnceEvenWhenReportedTwice() throws Exception {
        String[] platformId = new String[1];
        String platform = platform(platformId);
        String courier = as(Role.COURIER, null);
        try (Receiver receiver = new Receiver(Receiver.HEALTHY)) {
            subscribe(courier, receiver, List.of("org.caravan.consignment.final-mile"));
            String orderRef = Filings.unique("ORD-");
            assertThat(api.post("/api/v1/orders", platform, Filings.unique("k"), Filings.order(orderRef, "KZ", "KZ-P1",
                    "Aigerim Sadykova", "610910", 2, "10.00")).status()).isEqualTo(201);
            String tn = file(courier, Filings.line(Filings.unique("WH"), platformId[0], orderRef, "KZ", "KZ-P1",
                    "Aigerim Sadykova", "610910", 2, "20.00", "0.55"));
            assertThat(api.post("/api/v1/consignments/" + tn + "/arrival", courier, null, "application/json", "{}")
                    .status()).isEqualTo(200);
            String delivered = "{\"type\": \"DELIVERED\", \"occurredAt\": \"" + Instant.now().plusSeconds(1)
                    + "\", \"location\": \"KZALA\"}";
            assertThat(api.post("/api/v1/consignments/" + tn + "/events", courier, null, "application/json", delivered)
                    .status()).isEqualTo(201);
            assertThat(api.post("/api/v1/consignments/" + tn + "/events", courier, null, "application/json", delivered)
                    .status()).as("a repeat").isEqualTo(200);

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(receiver.processed()).hasSize(1));
            JsonNode event = receiver.processed().get(0);
            assertThat(event.get("type").asString()).isEqualTo("org.caravan.consignment.final-mile");
            assertThat(event.get("subject").asString()).isEqualTo(tn);
            assertThat(event.at("/data/event").asString()).isEqualTo("DELIVERED");
            assertThat(event.at("/data/statusCode").asString()).isEqualTo("DLV");
            assertThat(event.at("/data/location").asString()).isEqualTo("KZALA");
            Thread.sleep(500);
            assertThat(receiver.received()).as("the decision and arrival were not asked for, the repeat adds nothing")
                    .hasSize(1);
        }
    }

    private String subscribe(String token, Receiver receiver, List<String> types) {
        Hooks.Answer created = hooks.subscribe(token, receiver.url(), types, null);
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        receiver.secret(created.body().get("secret").asString());
        return created.body().get("id").asString();
    }

    private String file(String courier, Map<String, Object> line) {
        assertThat(api.post("/api/v1/manifests", courier, Filings.unique("k"),
                Filings.manifest(Filings.unique("MAWB-"), "KZ", List.of(line))).status()).isEqualTo(202);
        String tn = (String) line.get("trackingNumber");
        api.awaitDecision(tn, courier);
        return tn;
    }
}
