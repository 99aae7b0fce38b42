package org.caravan.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.caravan.party.Role;
import org.caravan.simulator.internal.BenchManifests;
import org.caravan.simulator.internal.BenchTraffic;
import org.caravan.simulator.internal.BenchTraffic.Kind;
import org.caravan.simulator.internal.BenchTraffic.Parcel;
import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;

/**
 * The bench's risky parcels are risky to the service, not only by name: filed as the bench
 * files them, each kind draws the decision its reference data and risk profile call for,
 * while ordinary parcels are released before arrival, with or without a platform order.
 */
@ActiveProfiles("test")
class BenchTrafficDecisionsTest extends ApiTest {

    private static final int PARCELS = 300;
    /** A seed whose 300 parcels hold several of each risky kind. */
    private static final long SEED = 13;
    /** Ordinary parcels with an order whose decisions are read: enough for a share, few enough to be quick. */
    private static final int ORDINARY_SAMPLE = 60;

    @Test
    void eachKindOfParcelDrawsTheDecisionItIsMeantTo() {
        String[] platformId = new String[1];
        String platform = platform(platformId);
        String courier = as(Role.COURIER, null);
        BenchTraffic traffic = new BenchTraffic(SEED, Filings.unique("D").replace("-", ""), PARCELS, true,
                List.of(platformId[0]), Instant.now().minusSeconds(86_400));
        List<Parcel> parcels = IntStream.range(0, PARCELS).mapToObj(traffic::parcel).toList();
        for (Parcel p : parcels.stream().filter(Parcel::hasOrder).toList()) {
            assertThat(api.post("/api/v1/orders", platform, "k-" + p.trackingNumber(), p.order()).status()).isEqualTo(201);
        }
        String ref = "BENCH-" + traffic.tag();
        var filed = api.post("/api/v1/manifests", courier, ref, "application/json",
                new String(BenchManifests.json(ref, traffic, 0, PARCELS), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(filed.status()).as(filed.raw()).isEqualTo(202);

        Map<Kind, List<String>> statuses = parcels.stream().filter(p -> p.kind() != Kind.ORDINARY).collect(
                Collectors.groupingBy(Parcel::kind, Collectors.mapping(p -> status(p, courier), Collectors.toList())));
        assertThat(statuses.get(Kind.PROHIBITED)).isNotEmpty().containsOnly("SELECTED_FOR_INSPECTION");
        assertThat(statuses.get(Kind.DOCUMENTS)).isNotEmpty().doesNotContain("RELEASED_PRE_ARRIVAL");
        assertThat(statuses.get(Kind.UNDERVALUED)).isNotEmpty().doesNotContain("RELEASED_PRE_ARRIVAL");
        List<String> ordinaryWithOrder = parcels.stream().filter(p -> p.kind() == Kind.ORDINARY && p.hasOrder())
                .limit(ORDINARY_SAMPLE).map(p -> status(p, courier)).toList();
        assertThat(ordinaryWithOrder.stream().filter("RELEASED_PRE_ARRIVAL"::equals).count())
                .isGreaterThan(ordinaryWithOrder.size() * 8L / 10);
        // a missing order is weighed below the yellow threshold: a parcel without one is held only for something else,
        // which its own administration's officer reads in the case's risk reasons
        Map<String, String> officers = new java.util.HashMap<>();
        List<JsonNode> withoutOrder = parcels.stream().filter(p -> p.kind() == Kind.ORDINARY && !p.hasOrder())
                .map(p -> api.awaitDecision(p.trackingNumber(), officers.computeIfAbsent(p.destination(),
                        cc -> as(Role.OFFICER, cc))).at("/cases/0")).toList();
        assertThat(withoutOrder).isNotEmpty();
        assertThat(withoutOrder).extracting(c -> c.get("status").asString()).contains("RELEASED_PRE_ARRIVAL");
        for (JsonNode held : withoutOrder.stream().filter(c -> c.get("status").asString().equals("HELD_FOR_DOCUMENTS")
                || c.get("status").asString().equals("SELECTED_FOR_INSPECTION")).toList()) {
            List<String> rules = held.at("/risk/reasons").findValuesAsString("rule");
            assertThat(rules.stream().anyMatch(r -> !r.equals("order-not-found")) || !held.at("/assessment/holds").isEmpty())
                    .as("held for more than the missing order: " + held).isTrue();
        }
    }

    private String status(Parcel p, String courier) {
        return api.awaitDecision(p.trackingNumber(), courier).at("/cases/0/status").asString();
    }
}
