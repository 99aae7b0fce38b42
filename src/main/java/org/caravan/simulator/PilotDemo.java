package org.caravan.simulator;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.caravan.simulator.internal.PilotTraffic;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Files a small pilot through the public API as platforms and a courier would, waits for
 * the pre-arrival decisions and summarises them per trade lane.
 */
@Component
public class PilotDemo {

    static final String SECRET = "demo-secret";
    private final JsonMapper json = JsonMapper.builder().build();

    /** The id customs issue the simulated person {@code label}; a run again replaces the one issued before. */
    private static String consumerId(CaravanClient api, String officer, String country, String label) {
        var r = api.post("/api/v1/consumer-ids", officer, null, Map.of("country", country, "nationalId", label));
        if (r.status() == 409) {
            r = api.post("/api/v1/consumer-ids", officer, null,
                    Map.of("country", country, "nationalId", label, "replacing", "pilot demo run again"));
        }
        if (r.status() != 201) {
            throw new IllegalStateException("Consumer id refused: " + r.body());
        }
        return r.body().get("consumerId").asString();
    }

    public Map<String, Object> run(String base, boolean asJson, PrintStream out) throws InterruptedException {
        CaravanClient api = new CaravanClient(base);
        String runId = Long.toString(Instant.now().getEpochSecond() % 1_000_000, 36).toUpperCase();
        Map<String, String> tokens = new HashMap<>();
        for (String client : List.of("demo-platform", "demo-platform-2", "demo-courier", "demo-officer-kz", "demo-officer-uz")) {
            tokens.put(client, api.token(client, SECRET));
        }
        // each recipient is issued a consumer id by the customs of their country, as a person would be
        Map<String, String> issued = new HashMap<>();
        List<PilotTraffic.Parcel> parcels = new PilotTraffic(2026, runId, (label, country) -> issued.computeIfAbsent(label,
                l -> consumerId(api, tokens.get("demo-officer-" + country.toLowerCase()), country, l))).generate(180, 120);
        int orders = 0;
        for (PilotTraffic.Parcel p : parcels) {
            if (p.order() != null) {
                Map<String, Object> order = new LinkedHashMap<>(p.order());
                String platform = (String) order.remove("_platform");
                var r = api.post("/api/v1/orders", tokens.get(platform), "order-" + p.trackingNumber(), order);
                if (r.status() != 201) {
                    throw new IllegalStateException("Order refused: " + r.body());
                }
                orders++;
            }
        }
        List<Map<String, Object>> manifests = List.of(
                manifest("MAWB-784-" + runId + "1", "AIR", "KC932", "CNURM", "KZALA", "KZ", lines(parcels, "KZ", 0, 120)),
                manifest("TIR-CNHRS-" + runId + "2", "ROAD", "TIR-0007", "CNHRS", "KZHOR", "KZ", lines(parcels, "KZ", 120, 180)),
                manifest("MAWB-250-" + runId + "3", "AIR", "HY9706", "CNURM", "UZTAS", "UZ", lines(parcels, "UZ", 0, 120)));
        for (Map<String, Object> manifest : manifests) {
            var r = api.post("/api/v1/manifests", tokens.get("demo-courier"), "manifest-" + manifest.get("manifestRef"), manifest);
            if (r.status() != 202) {
                throw new IllegalStateException("Manifest refused: " + r.body());
            }
        }
        Map<String, Object> summary = summarise(api, tokens, parcels, orders, manifests.size(), base);
        if (asJson) {
            out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(summary));
        } else {
            print(summary, out);
        }
        return summary;
    }

    private static List<Map<String, Object>> lines(List<PilotTraffic.Parcel> parcels, String destination, int from, int to) {
        return parcels.stream().filter(p -> p.destination().equals(destination)).skip(from).limit(to - from)
                .map(PilotTraffic.Parcel::line).toList();
    }

    private static Map<String, Object> manifest(String ref, String mode, String conveyance, String from, String to,
            String country, List<Map<String, Object>> lines) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("manifestRef", ref);
        m.put("transportMode", mode);
        m.put("conveyanceRef", conveyance);
        m.put("departure", Map.of("country", "CN", "location", from));
        m.put("arrival", Map.of("country", country, "location", to, "expectedAt", Instant.now().plusSeconds(86_400).toString()));
        m.put("route", List.of("CN", country));
        m.put("consignments", lines);
        return m;
    }

    private Map<String, Object> summarise(CaravanClient api, Map<String, String> tokens, List<PilotTraffic.Parcel> parcels,
            int orders, int manifests, String base) {
        Map<String, Map<String, Object>> lanes = new TreeMap<>();
        List<Map<String, Object>> risky = new ArrayList<>();
        for (PilotTraffic.Parcel p : parcels) {
            String officer = p.destination().equals("KZ") ? "demo-officer-kz" : "demo-officer-uz";
            JsonNode view = api.awaitDecision(p.trackingNumber(), tokens.get(officer), Duration.ofMinutes(1));
            JsonNode c = view.get("cases").get(0);
            String status = c.get("status").asString();
            Map<String, Object> lane = lanes.computeIfAbsent("CN-" + p.destination(), k -> {
                Map<String, Object> l = new LinkedHashMap<>();
                l.put("filed", 0);
                for (String s : List.of("RELEASED_PRE_ARRIVAL", "PAYMENT_REQUIRED", "SELECTED_FOR_INSPECTION", "HELD_FOR_DOCUMENTS")) {
                    l.put(s, 0);
                }
                l.put("dutiesAssessed", new TreeMap<String, BigDecimal>());
                return l;
            });
            lane.merge("filed", 1, (a, b) -> (int) a + (int) b);
            lane.merge(status, 1, (a, b) -> (int) a + (int) b);
            if (c.has("amountDue")) {
                @SuppressWarnings("unchecked")
                Map<String, BigDecimal> duties = (Map<String, BigDecimal>) lane.get("dutiesAssessed");
                duties.merge(c.get("amountDue").get("currency").asString(), new BigDecimal(c.get("amountDue").get("amount").asString()),
                        BigDecimal::add);
            }
            if (p.scenario() != PilotTraffic.Scenario.ORDINARY || !status.equals("RELEASED_PRE_ARRIVAL")) {
                List<String> reasons = new ArrayList<>();
                c.path("risk").path("reasons").forEach(r -> reasons.add(r.get("rule").asString()));
                c.path("assessment").path("holds").forEach(h -> reasons.add(h.path("explanation").asString()));
                risky.add(Map.of("trackingNumber", p.trackingNumber(), "scenario", p.scenario().name(), "status", status,
                        "reasons", reasons));
            }
        }
        // money is stated as decimal strings, as everywhere in the API
        lanes.values().forEach(lane -> lane.computeIfPresent("dutiesAssessed", (k, duties) -> {
            Map<String, String> stated = new TreeMap<>();
            ((Map<?, ?>) duties).forEach((currency, amount) -> stated.put((String) currency, ((BigDecimal) amount).toPlainString()));
            return stated;
        }));
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("orders", orders);
        summary.put("manifests", manifests);
        summary.put("consignments", parcels.size());
        summary.put("lanes", lanes);
        summary.put("notable", risky);
        summary.put("urls", Map.of("api", base + "/api/v1", "openapi", base + "/v3/api-docs", "swaggerUi",
                base + "/swagger-ui.html", "tracking", base + "/api/v1/tracking/" + parcels.get(0).trackingNumber(),
                "token", base + "/oauth2/token"));
        return summary;
    }

    @SuppressWarnings("unchecked")
    private static void print(Map<String, Object> summary, PrintStream out) {
        out.println();
        out.println("Caravan pilot demo");
        out.printf("  filed %s orders, %s manifests, %s consignments%n", summary.get("orders"), summary.get("manifests"),
                summary.get("consignments"));
        ((Map<String, Map<String, Object>>) summary.get("lanes")).forEach((lane, s) -> out.printf(
                "  lane %s: %s filed, %s released pre-arrival, %s payment required, %s sent to inspection, %s held for documents, duties assessed %s%n",
                lane, s.get("filed"), s.get("RELEASED_PRE_ARRIVAL"), s.get("PAYMENT_REQUIRED"),
                s.get("SELECTED_FOR_INSPECTION"), s.get("HELD_FOR_DOCUMENTS"), s.get("dutiesAssessed")));
        out.println("  notable parcels:");
        ((List<Map<String, Object>>) summary.get("notable")).forEach(n -> out.printf("    %s %-12s -> %s %s%n",
                n.get("trackingNumber"), n.get("scenario"), n.get("status"), n.get("reasons")));
        Map<String, String> urls = (Map<String, String>) summary.get("urls");
        out.println("  API:        " + urls.get("api"));
        out.println("  OpenAPI:    " + urls.get("openapi") + "  (Swagger UI: " + urls.get("swaggerUi") + ")");
        out.println("  Tracking:   " + urls.get("tracking"));
        out.println("  Token:      POST " + urls.get("token") + "  (client credentials, e.g. demo-officer-kz / demo-secret)");
        out.println();
    }
}
