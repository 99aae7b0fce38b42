package org.caravan.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.caravan.simulator.CaravanClient.Reply;
import org.caravan.simulator.internal.pilot.Fraud;
import org.caravan.simulator.internal.pilot.SimParcel;
import org.caravan.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;

/**
 * A small pilot played against the service: its summary agrees with the ground truth it was
 * generated with and with what Caravan itself recorded of each parcel, read back here one by
 * one. Officers of full skill find every fraud they inspect, so hits can be counted by hand.
 */
@ActiveProfiles("test")
class PilotSimulationTest extends ApiTest {

    @Test
    @SuppressWarnings("unchecked")
    void theSummaryMatchesTheGroundTruthAndWhatCaravanRecorded() {
        PilotSettings settings = new PilotSettings(2, 5, 60, 0, 1.0, 2, Map.of("KG", 40, "KZ", 40, "UZ", 40), 0.15, 6);
        String tag = UUID.randomUUID().toString().replaceAll("[^0-9a-f]", "").substring(0, 7).toUpperCase();
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        PilotSimulation.Result result = PilotSimulation.run("http://localhost:" + port, settings, tag,
                new PrintStream(progress, true, StandardCharsets.UTF_8));
        Map<String, Object> e = result.evaluation();
        List<SimParcel> parcels = result.traffic().parcels();
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("day 8:");

        // the ground truth, counted here
        Map<String, Object> traffic = (Map<String, Object>) e.get("traffic");
        assertThat(traffic.get("consignments")).isEqualTo(parcels.size());
        assertThat((Map<String, Object>) traffic.get("unexpectedAnswers")).as("every call answered as the party expected")
                .isEmpty();
        for (Fraud kind : Fraud.values()) {
            if (kind.fraudulent()) {
                assertThat(((Map<String, Long>) traffic.get("fraudByKind")).get(kind.name())).as(kind.name())
                        .isEqualTo(parcels.stream().filter(p -> p.fraud() == kind).count());
            }
        }
        Map<String, Long> perLane = parcels.stream().collect(Collectors.groupingBy(p -> p.lane().key(), Collectors.counting()));
        for (Map<String, Object> lane : (List<Map<String, Object>>) e.get("byLane")) {
            assertThat(((Number) lane.get("filed")).longValue()).as((String) lane.get("lane")).isEqualTo(perLane.get(lane.get("lane")));
        }

        // what Caravan recorded, read back parcel by parcel
        Map<String, String> officers = new HashMap<>();
        for (String country : List.of("KZ", "KG", "UZ")) {
            officers.put(country, api.token("demo-officer-" + country.toLowerCase(), "demo-secret"));
        }
        Map<String, Long> decisions = new HashMap<>();
        long released = 0;
        long controlled = 0;
        long hits = 0;
        long fraudSelected = 0;
        long selectedByRisk = 0;
        for (SimParcel p : parcels) {
            Reply view = api.get("/api/v1/consignments/" + p.trackingNumber(), officers.get(p.lane().destination()));
            assertThat(view.status()).as(view.raw()).isEqualTo(200);
            JsonNode history = view.body().at("/cases/0/history");
            String decision = history.get(0).get("status").asString();
            decisions.merge(decision, 1L, Long::sum);
            boolean wasReleased = false;
            boolean worked = false;
            boolean inspected = false;
            boolean hit = false;
            for (JsonNode entry : history) {
                wasReleased |= entry.get("status").asString().startsWith("RELEASED");
                if (entry.get("action").asString().equals("TASK_RESULT")) {
                    worked = true;
                    inspected |= entry.path("detail").asString().startsWith("INSPECTION");
                    hit |= entry.path("detail").asString().matches(".*(IRREGULARITY|PROHIBITED_GOODS).*");
                }
            }
            released += wasReleased ? 1 : 0;
            controlled += worked ? 1 : 0;
            hits += hit ? 1 : 0;
            // selected by risk, as the case records it; a hold of the regime is no selection
            boolean selected = !view.body().at("/cases/0/risk/selection").asString().equals("NONE");
            selectedByRisk += selected ? 1 : 0;
            fraudSelected += selected && p.fraud().fraudulent() ? 1 : 0;
            // an inspection of full skill finds every fraud; a documentary check, seeing papers only, some; neither invents one
            assertThat(!hit || p.fraud().fraudulent()).as("a finding on honest %s", p.trackingNumber()).isTrue();
            if (inspected) {
                assertThat(hit).as("an inspection of %s", p.trackingNumber()).isEqualTo(p.fraud().fraudulent());
            }
            if (p.fraud() == Fraud.PROHIBITED && p.declaredHsCode().matches("2[24].*")) {
                assertThat(decision).as("prohibited goods declared as such").isEqualTo("SELECTED_FOR_INSPECTION");
            }
        }
        Map<String, Object> overall = (Map<String, Object>) e.get("overall");
        assertThat(overall.get("selectedForInspection")).isEqualTo(decisions.getOrDefault("SELECTED_FOR_INSPECTION", 0L));
        assertThat(overall.get("heldForDocuments")).isEqualTo(decisions.getOrDefault("HELD_FOR_DOCUMENTS", 0L));
        assertThat(overall.get("paymentRequired")).isEqualTo(decisions.getOrDefault("PAYMENT_REQUIRED", 0L));
        assertThat(((Number) overall.get("released")).longValue()).isEqualTo(released);
        assertThat(overall.get("controlled")).isEqualTo(controlled);
        assertThat(overall.get("hits")).isEqualTo(hits);
        long selected = selectedByRisk;
        assertThat(overall.get("selectedForControl")).isEqualTo(selected);
        long fraudulent = parcels.stream().filter(p -> p.fraud().fraudulent()).count();
        assertThat((Double) overall.get("precision")).isCloseTo((double) fraudSelected / selected, org.assertj.core.data.Offset.offset(1e-4));
        assertThat((Double) overall.get("recall")).isCloseTo((double) fraudSelected / fraudulent, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(selected).as("the pilot's selection found something to control").isPositive();

        // the road carrier filed its manifests as UN/EDIFACT and was answered with a CONTRL for each
        long edifact = result.traffic().manifests().stream().filter(m -> m.lane().filedAsEdifact()).count();
        assertThat(edifact).isPositive();
        java.util.Set<String> sent = result.traffic().manifests().stream().filter(m -> m.lane().filedAsEdifact())
                .map(org.caravan.simulator.internal.pilot.SimManifest::controlReference).collect(Collectors.toSet());
        java.util.Set<String> acknowledged = new java.util.HashSet<>();
        String roadCarrier = api.token("demo-road-courier", "demo-secret");
        String after = "";
        while (after != null) {
            Reply page = api.get("/api/v1/interchange/messages?limit=500" + (after.isEmpty() ? "" : "&after=" + after), roadCarrier);
            assertThat(page.status()).as(page.raw()).isEqualTo(200);
            for (JsonNode m : page.body().path("messages")) {
                if (m.path("type").asString().equals("CONTRL") && sent.contains(m.path("subject").asString())) {
                    acknowledged.add(m.path("subject").asString());
                }
            }
            after = page.body().path("messages").isEmpty() ? null : page.body().path("next").asString(null);
        }
        assertThat(acknowledged).hasSize((int) edifact).isEqualTo(sent);
    }
}
