package org.caravan.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.caravan.party.Role;
import org.caravan.simulator.CaravanClient.Reply;
import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The whole story of parcels through Caravan, told against the public API: order at
 * checkout, manifest before departure, assessment and decision before arrival, arrival,
 * inspection, release and consumer tracking. Runs on H2 and on PostgreSQL.
 */
public abstract class ClearanceLifecycleScenario extends ApiTest {

    @Test
    void inspectedParcelIsReleasedAfterArrivalAndFindingNothing() {
        String[] platformId = new String[1];
        String platform = platform(platformId);
        String courier = as(Role.COURIER, null);
        String officer = as(Role.OFFICER, "KZ");
        String orderRef = Filings.unique("TM-");
        String tracking = Filings.unique("CRV");

        // Checkout: the platform files the order and gets a landed-cost estimate.
        Reply order = api.post("/api/v1/orders", platform, Filings.unique("k"),
                Filings.order(orderRef, "KZ", "KZ-P1", "Aigerim Sadykova", "851713", 1, "349.00"));
        assertThat(order.status()).isEqualTo(201);
        assertThat(order.body().at("/landedCost/0/destination").asString()).isEqualTo("KZ");
        assertThat(order.body().at("/landedCost/0/regime").asString()).isEqualTo("EAEU-ECOMMERCE-GOODS-2026");

        // The courier declares it at a fraction of the order value: undervaluation and value mismatch.
        Reply manifest = api.post("/api/v1/manifests", courier, Filings.unique("k"), Filings.manifest(Filings.unique("MAWB-"),
                "KZ", List.of(Filings.line(tracking, platformId[0], orderRef, "KZ", "KZ-P1", "Aigerim Sadykova", "851713", 1,
                        "5.00", "0.500"))));
        assertThat(manifest.status()).isEqualTo(202);
        assertThat(manifest.body().at("/consignments/0/matchSignals/0/kind").asString()).isEqualTo("VALUE_MISMATCH");
        // The courier learns that the line disagrees with the order, never what the order says.
        assertThat(manifest.body().at("/consignments/0/matchSignals/0/detail").asString())
                .isEqualTo("the declared value differs from the platform's order");
        assertThat(manifest.raw()).doesNotContain("349.00").doesNotContain("order goods value");
        JsonNode courierView = api.awaitDecision(tracking, courier);
        assertThat(courierView.at("/consignment/matchSignals/0/detail").asString())
                .isEqualTo("the declared value differs from the platform's order");
        assertThat(courierView.toString()).doesNotContain("349.00");

        // Pre-arrival decision: selected for inspection, with the reasons visible to customs.
        JsonNode decided = api.awaitDecision(tracking, officer);
        assertThat(decided.at("/cases/0/status").asString()).isEqualTo("SELECTED_FOR_INSPECTION");
        assertThat(decided.at("/cases/0/lane").asString()).isEqualTo("RED");
        assertThat(rules(decided)).contains("value-mismatch", "value-floor-smartphones");
        assertThat(decided.at("/consignment/matchSignals/0/detail").asString()).as("officers see the order's value")
                .contains("349.00");

        // The inspection task waits in the officer's queue; it cannot be worked before arrival.
        String taskId = openTask(officer, tracking, "inspection");
        Reply early = api.post("/api/v1/tasks/" + taskId + "/result", officer, null, Map.of("outcome", "NO_FINDINGS"));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body().get("type").asString()).isEqualTo("/problems/goods-not-arrived");

        // Arrival, then the officer finds the goods as declared by the platform (349 USD): reassessed.
        Reply arrival = api.post("/api/v1/consignments/" + tracking + "/arrival", courier, null, "{}");
        assertThat(arrival.status()).isEqualTo(200);
        Reply result = api.post("/api/v1/tasks/" + taskId + "/result", officer, null, Map.of("outcome", "IRREGULARITY",
                "reassessedValue", Map.of("amount", "349.00", "currency", "USD"), "note", "invoice found in parcel"));
        assertThat(result.status()).isEqualTo(200);
        // Under the EAEU e-commerce goods regime: 349 USD at 1.16 USD/EUR = 300.862069 EUR;
        // duty max(5 % = 15.043103, 1 EUR x 0.5 kg) = 15.043103 EUR x 620 = 9,326.72 KZT;
        // VAT 16 % x (300.862069 + 15.043103) = 50.544828 EUR x 620 = 31,337.79 KZT; 40,664.51 KZT in all
        assertThat(result.body().get("status").asString()).isEqualTo("PAYMENT_REQUIRED");
        assertThat(result.body().at("/amountDue/amount").asString()).isEqualTo("40664.51");
        assertThat(result.body().at("/amountDue/currency").asString()).isEqualTo("KZT");

        // The consumer sees the timeline in plain language, without personal data.
        Reply tracked = api.get("/api/v1/tracking/" + tracking, null);
        assertThat(tracked.status()).isEqualTo(200);
        assertThat(tracked.body().get("timeline").findValuesAsString("status"))
                .containsExactly("PRE_ADVISED", "HELD_BY_CUSTOMS", "ARRIVED", "PAYMENT_REQUIRED");
        assertThat(tracked.raw()).doesNotContain("SELECTED_FOR_INSPECTION").doesNotContain("inspection");
        assertThat(tracked.raw()).doesNotContain("Aigerim").doesNotContain("KZ-P1");
    }

    @Test
    void lowValueParcelIsReleasedBeforeArrivalAndOnArrival() {
        String[] platformId = new String[1];
        String platform = platform(platformId);
        String courier = as(Role.COURIER, null);
        String orderRef = Filings.unique("TM-");
        String tracking = Filings.unique("CRV");
        api.post("/api/v1/orders", platform, Filings.unique("k"),
                Filings.order(orderRef, "KZ", "KZ-P2", "Dana Omarova", "610910", 2, "12.50"));
        api.post("/api/v1/manifests", courier, Filings.unique("k"), Filings.manifest(Filings.unique("MAWB-"), "KZ",
                List.of(Filings.line(tracking, platformId[0], orderRef, "KZ", "KZ-P2", "Dana Omarova", "610910", 2, "25.00",
                        "0.550"))));

        JsonNode decided = api.awaitDecision(tracking, courier);
        assertThat(decided.at("/cases/0/status").asString()).isEqualTo("RELEASED_PRE_ARRIVAL");
        assertThat(decided.at("/cases/0/assessment/dutyFree").asBoolean()).isTrue();
        assertThat(decided.at("/cases/0/lane").isMissingNode()).as("risk lane is redacted for traders").isTrue();
        assertThat(api.get("/api/v1/consignments/" + tracking, platform).status()).isEqualTo(200);

        Reply arrival = api.post("/api/v1/consignments/" + tracking + "/arrival", courier, null, "{}");
        assertThat(arrival.body().get("status").asString()).isEqualTo("RELEASED");
        assertThat(api.get("/api/v1/tracking/" + tracking, null).body().get("status").asString()).isEqualTo("RELEASED");
    }

    @Test
    void watchlistedConsigneeIsInspectedOnArrivalAndReleasedWhenNothingIsFound(
            @org.springframework.beans.factory.annotation.Autowired org.caravan.reference.Watchlist watchlist) {
        String[] platformId = new String[1];
        String platform = platform(platformId);
        String courier = as(Role.COURIER, null);
        String officer = as(Role.OFFICER, "KZ");
        String listed = "Listed " + Filings.unique("Person ");
        watchlist.add("TEST", listed, "test entry");
        String orderRef = Filings.unique("TM-");
        String tracking = Filings.unique("CRV");
        api.post("/api/v1/orders", platform, Filings.unique("k"), Filings.order(orderRef, "KZ", "KZ-P5", listed, "640411", 1, "39.00"));
        api.post("/api/v1/manifests", courier, Filings.unique("k"), Filings.manifest(Filings.unique("MAWB-"), "KZ",
                List.of(Filings.line(tracking, platformId[0], orderRef, "KZ", "KZ-P5", listed.toUpperCase(), "640411", 1,
                        "39.00", "0.900"))));

        JsonNode decided = api.awaitDecision(tracking, officer);
        assertThat(decided.at("/cases/0/status").asString()).isEqualTo("SELECTED_FOR_INSPECTION");
        assertThat(rules(decided)).containsExactly("watchlist-consignee");
        String taskId = openTask(officer, tracking, "inspection");

        // Before arrival the anonymous view says only that customs hold the parcel, not that it will be inspected.
        Reply held = api.get("/api/v1/tracking/" + tracking, null);
        assertThat(held.body().get("status").asString()).isEqualTo("HELD_BY_CUSTOMS");
        assertThat(held.body().get("explanation").asString()).startsWith("Held by customs for checks");
        assertThat(held.raw()).doesNotContain("SELECTED_FOR_INSPECTION").doesNotContain("inspection");

        assertThat(api.post("/api/v1/consignments/" + tracking + "/arrival", courier, null, "{}").body().get("status").asString())
                .isEqualTo("SELECTED_FOR_INSPECTION");
        Reply result = api.post("/api/v1/tasks/" + taskId + "/result", officer, null, Map.of("outcome", "NO_FINDINGS"));
        assertThat(result.body().get("status").asString()).isEqualTo("RELEASED");

        JsonNode released = api.get("/api/v1/consignments/" + tracking, officer).body();
        assertThat(released.at("/cases/0/history").findValuesAsString("action")).containsExactly("ASSESSED", "ARRIVED", "TASK_RESULT");
        Reply tracked = api.get("/api/v1/tracking/" + tracking, null);
        assertThat(tracked.body().get("timeline").findValuesAsString("status"))
                .as("the hold stays masked in the history after release")
                .containsExactly("PRE_ADVISED", "HELD_BY_CUSTOMS", "ARRIVED", "RELEASED");
        assertThat(tracked.raw()).doesNotContain("SELECTED_FOR_INSPECTION").doesNotContain("inspection");
    }

    @Test
    void prohibitedGoodsAreSeizedAfterInspection() {
        String courier = as(Role.COURIER, null);
        String officer = as(Role.OFFICER, "KZ");
        String tracking = Filings.unique("CRV");
        api.post("/api/v1/manifests", courier, Filings.unique("k"), Filings.manifest(Filings.unique("MAWB-"), "KZ",
                List.of(Filings.line(tracking, null, null, "KZ", "KZ-P3", "Timur Akhmetov", "240220", 10, "60.00", "2.100"))));
        assertThat(api.awaitDecision(tracking, officer).at("/cases/0/status").asString()).isEqualTo("SELECTED_FOR_INSPECTION");
        String taskId = openTask(officer, tracking, "inspection");
        api.post("/api/v1/consignments/" + tracking + "/arrival", courier, null, "{}");
        Reply result = api.post("/api/v1/tasks/" + taskId + "/result", officer, null, Map.of("outcome", "PROHIBITED_GOODS"));
        assertThat(result.body().get("status").asString()).isEqualTo("SEIZED");
        Reply again = api.post("/api/v1/tasks/" + taskId + "/result", officer, null, Map.of("outcome", "NO_FINDINGS"));
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void uzbekMonthlyQuotaIsSharedAcrossCouriers() {
        String first = as(Role.COURIER, null);
        String second = as(Role.COURIER, null);
        String officer = as(Role.OFFICER, "UZ");
        String consumer = Filings.unique("UZ-P");
        String a = Filings.unique("CRV");
        String b = Filings.unique("CRV");
        String c = Filings.unique("CRV");
        // 120 USD by the first courier, then 80 USD (exactly 200 USD in all), then 0.01 USD more by the second.
        api.post("/api/v1/manifests", first, Filings.unique("k"), Filings.manifest(Filings.unique("MAWB-"), "UZ",
                List.of(Filings.line(a, null, null, "UZ", consumer, "Rustam Karimov", "851830", 1, "120.00", "0.500"))));
        assertThat(api.awaitDecision(a, officer).at("/cases/0/assessment/allowance/usedAfter/amount").asString())
                .isEqualTo("120.00");
        api.post("/api/v1/manifests", second, Filings.unique("k"), Filings.manifest(Filings.unique("MAWB-"), "UZ",
                List.of(Filings.line(b, null, null, "UZ", consumer, "Rustam Karimov", "610910", 1, "80.00", "0.300"),
                        Filings.line(c, null, null, "UZ", consumer, "Rustam Karimov", "610910", 1, "0.01", "0.100"))));
        JsonNode atLimit = api.awaitDecision(b, officer);
        assertThat(atLimit.at("/cases/0/assessment/dutyFree").asBoolean()).isTrue();
        assertThat(atLimit.at("/cases/0/assessment/allowance/usedAfter/amount").asString()).isEqualTo("200.00");
        JsonNode over = api.awaitDecision(c, officer);
        assertThat(over.at("/cases/0/assessment/dutyFree").asBoolean()).isFalse();
        assertThat(over.at("/cases/0/assessment/excessValue/amount").asString()).isEqualTo("0.01");
        assertThat(over.at("/cases/0/status").asString()).isEqualTo("HELD_FOR_DOCUMENTS");
        assertThat(over.at("/cases/0/assessment/holds/0/explanation").asString()).as("the rate on the excess is unconfirmed")
                .contains("not confirmed");
    }

    @Test
    void partiesSeeOnlyTheirOwnFilings() {
        String courier = as(Role.COURIER, null);
        String otherCourier = as(Role.COURIER, null);
        String otherPlatform = as(Role.PLATFORM, null);
        String uzOfficer = as(Role.OFFICER, "UZ");
        String tracking = Filings.unique("CRV");
        api.post("/api/v1/manifests", courier, Filings.unique("k"), Filings.manifest(Filings.unique("MAWB-"), "KZ",
                List.of(Filings.line(tracking, null, null, "KZ", "KZ-P4", "Madina Yusupova", "610910", 1, "10.00", "0.300"))));
        api.awaitDecision(tracking, courier);
        for (String foreign : List.of(otherCourier, otherPlatform, uzOfficer)) {
            Reply r = api.get("/api/v1/consignments/" + tracking, foreign);
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
        assertThat(api.post("/api/v1/consignments/" + tracking + "/arrival", otherCourier, null, "{}").status()).isEqualTo(404);
    }

    @Test
    void demoPartiesExistOnlyOnTheEmbeddedDefault(@org.springframework.beans.factory.annotation.Autowired
            org.springframework.core.env.Environment environment) {
        boolean postgres = java.util.Arrays.asList(environment.getActiveProfiles()).contains("postgres");
        assertThat(parties.byClientId("demo-courier").isPresent()).isEqualTo(!postgres);
        assertThat(parties.byClientId("demo-officer-uz").isPresent()).isEqualTo(!postgres);
    }

    private String openTask(String officer, String tracking, String queue) {
        Reply tasks = api.get("/api/v1/tasks?queue=" + queue + "&limit=1000", officer);
        for (JsonNode task : tasks.body().get("tasks")) {
            if (task.get("trackingNumber").asString().equals(tracking)) {
                return task.get("taskId").asString();
            }
        }
        throw new AssertionError("no open " + queue + " task for " + tracking + " in " + tasks.raw());
    }

    private static List<String> rules(JsonNode view) {
        return view.at("/cases/0/risk/reasons").findValuesAsString("rule");
    }
}
