package org.caravan.tracking.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.caravan.party.Role;
import org.caravan.support.Filings;
import org.caravan.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The delivery promise, end to end over real HTTP: a courier files a manifest, its parcels are
 * decided and arrive, and three receivers on localhost get the events. One fails, times out
 * and answers slowly by turns, yet receives every event, each consignment's in order, and,
 * deduplicating on webhook-id, processes each once; one hangs on every request and delays
 * neither of the others.
 */
abstract class WebhookDelivery extends ApiTest {

    static final List<String> ALL = List.of("org.caravan.consignment.decided", "org.caravan.consignment.status-changed");
    static final int PARCELS = 12;

    Hooks hooks;

    @BeforeEach
    void hooks() {
        hooks = new Hooks(port());
    }

    abstract int port();

    /** First attempts fail, hang past the timeout, answer slowly or succeed by turns; every fifth event fails twice. */
    static final Receiver.Behaviour FLAKY = (attempt, order) -> {
        if (attempt == 1) {
            return switch (order % 4) {
                case 0 -> Receiver.Answer.FAIL;
                case 1 -> Receiver.Answer.HANG;
                case 2 -> Receiver.Answer.SLOW;
                default -> Receiver.Answer.OK;
            };
        }
        return attempt == 2 && order % 5 == 0 ? Receiver.Answer.FAIL : Receiver.Answer.OK;
    };

    @Test
    void everyEventArrivesInOrderAndOnceDespiteAFlakyReceiverAndAHangingOneDelaysNobody() throws Exception {
        String courier = as(Role.COURIER, null);
        try (Receiver flaky = new Receiver(FLAKY);
                Receiver hanging = new Receiver((attempt, order) -> Receiver.Answer.HANG);
                Receiver healthy = new Receiver(Receiver.HEALTHY)) {
            String flakyId = subscribe(courier, flaky);
            String hangingId = subscribe(courier, hanging);
            subscribe(courier, healthy);

            List<String> parcels = new ArrayList<>();
            List<Map<String, Object>> lines = new ArrayList<>();
            for (int i = 0; i < PARCELS; i++) {
                String tn = Filings.unique("WH");
                parcels.add(tn);
                lines.add(Filings.line(tn, null, null, "KZ", "KZ-P1", "Aigerim Sadykova", "610910", 2, "20.00", "0.55"));
            }
            assertThat(api.post("/api/v1/manifests", courier, Filings.unique("k"),
                    Filings.manifest(Filings.unique("MAWB-"), "KZ", lines)).status()).isEqualTo(202);
            for (String tn : parcels) {
                api.awaitDecision(tn, courier);
                assertThat(api.post("/api/v1/consignments/" + tn + "/arrival", courier, null, "{}").status()).isEqualTo(200);
            }

            // the healthy receiver has everything while the hanging one has not had a single answer in
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(healthy.processed()).hasSize(2 * PARCELS));
            assertThat(healthy.received()).hasSize(2 * PARCELS);
            assertInOrder(healthy.processed(), parcels);

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(flaky.processed()).hasSize(2 * PARCELS));
            assertThat(flaky.received().size()).as("retries after failures and timeouts").isGreaterThan(2 * PARCELS);
            assertInOrder(flaky.processed(), parcels);
            assertNeverAhead(flaky, parcels);
            assertThat(flaky.forged() + healthy.forged()).isZero();
            assertThat(flaky.processed()).map(e -> e.get("id").asString()).doesNotHaveDuplicates();

            // every event of the flaky subscription is DELIVERED in the log, and the hanging one's tries are logged
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(hooks.log(courier, flakyId))
                    .hasSize(2 * PARCELS).allSatisfy(d -> assertThat(d.get("status").asString()).isEqualTo("DELIVERED")));
            assertThat(hooks.log(courier, hangingId)).anySatisfy(d -> {
                assertThat(d.get("attempts").asInt()).isPositive();
                assertThat(d.get("lastError").asString()).isEqualTo("timed out");
            });
        }
    }

    String subscribe(String token, Receiver receiver) {
        Hooks.Answer created = hooks.subscribe(token, receiver.url(), ALL, null);
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        receiver.secret(created.body().get("secret").asString());
        return created.body().get("id").asString();
    }

    /** Each consignment's decision comes before its change of status, and each event is a CloudEvent about it. */
    static void assertInOrder(List<JsonNode> processed, List<String> parcels) {
        Map<String, List<String>> types = new HashMap<>();
        for (JsonNode e : processed) {
            assertThat(e.get("specversion").asString()).isEqualTo("1.0");
            assertThat(e.get("source").asString()).isEqualTo("/caravan/customs/KZ");
            assertThat(e.get("data").get("trackingNumber").asString()).isEqualTo(e.get("subject").asString());
            types.computeIfAbsent(e.get("subject").asString(), s -> new ArrayList<>()).add(e.get("type").asString());
        }
        assertThat(types.keySet()).containsExactlyInAnyOrderElementsOf(parcels);
        types.values().forEach(t -> assertThat(t).containsExactlyElementsOf(ALL));
    }

    /** No status change was even sent before its consignment's decision was taken in. */
    static void assertNeverAhead(Receiver receiver, List<String> parcels) {
        Set<String> decided = new LinkedHashSet<>();
        List<Receiver.Request> received = receiver.received();
        for (Receiver.Request r : received) {
            JsonNode e = r.json();
            String tn = e.get("subject").asString();
            if (e.get("type").asString().equals(ALL.get(0))) {
                decided.add(tn);
            } else {
                assertThat(decided).as("status change of " + tn + " sent before its decision").contains(tn);
            }
        }
        assertThat(decided).containsExactlyInAnyOrderElementsOf(parcels);
    }
}
