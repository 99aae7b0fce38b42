package org.caravan.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.caravan.party.Role;
import org.caravan.simulator.CaravanClient.Reply;
import org.caravan.support.Api;
import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.caravan.support.OpenApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Real answers of the running service checked against the OpenAPI document it publishes:
 * each status must be declared for its operation and each body must match the declared
 * schema, so the document is the contract a partner can generate a client from.
 */
@ActiveProfiles("test")
class ApiContractTest extends ApiTest {

    private static final String ORDERS = "/api/v1/orders";
    private static final String MANIFESTS = "/api/v1/manifests";
    private static final String TRACKING = "/api/v1/tracking/{trackingNumber}";
    private static final String CONSIGNMENT = "/api/v1/consignments/{trackingNumber}";
    private static final String TOKEN = "/oauth2/token";
    private static final String TASKS = "/api/v1/tasks";
    private static final String RESULT = "/api/v1/tasks/{id}/result";
    private static final String ARRIVAL = "/api/v1/consignments/{trackingNumber}/arrival";
    private static final String EVENTS = "/api/v1/consignments/{trackingNumber}/events";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String QUOTES = "/api/v1/quotes";
    private static final String QUOTE = "/api/v1/quotes/{quoteId}";
    private static final String HS_SUGGEST = "/api/v1/hs/suggest";

    private OpenApiContract contract;
    private final String[] platformId = new String[1];
    private String platform;
    private String courier;

    @BeforeEach
    void readTheDocument() {
        contract = new OpenApiContract(api.get("/v3/api-docs", null).body());
        platform = platform(platformId);
        courier = as(Role.COURIER, null);
    }

    @Test
    void aFiledOrderAndItsReplayAnswerTheReceiptOfTheDocument() {
        String key = Filings.unique("k");
        Map<String, Object> order = order(Filings.unique("TM-"));
        Reply filed = api.post(ORDERS, platform, key, order);
        Reply replayed = api.post(ORDERS, platform, key, order);

        assertThat(filed.status()).isEqualTo(201);
        assertKept("POST", ORDERS, filed);
        assertThat(filed.body().at("/landedCost/0/customsValue/amount").asString()).matches("\\d+\\.\\d{2}");
        assertThat(replayed.raw()).isEqualTo(filed.raw());
        assertKept("POST", ORDERS, replayed);
    }

    @Test
    void aManifestAsJsonAndAsJsonLinesAnswersTheManifestReceipt() {
        String orderRef = Filings.unique("TM-");
        assertThat(api.post(ORDERS, platform, Filings.unique("k"), order(orderRef)).status()).isEqualTo(201);
        Reply json = api.post(MANIFESTS, courier, Filings.unique("k"), manifest(line(Filings.unique("CRV"), orderRef, "5.00")));
        Reply lines = api.post(MANIFESTS, courier, Filings.unique("k"), "application/x-ndjson",
                jsonLines(manifest(line(Filings.unique("CRV"), null, "20.00"))));

        assertThat(json.status()).isEqualTo(202);
        assertThat(json.body().at("/consignments/0/matchSignals/0/kind").asString()).isEqualTo("VALUE_MISMATCH");
        assertKept("POST", MANIFESTS, json);
        assertThat(lines.status()).isEqualTo(202);
        assertKept("POST", MANIFESTS, lines);
    }

    @Test
    void anAssessedParcelIsTrackedAsTheDocumentSays() {
        String tracking = Filings.unique("CRV");
        assertThat(api.post(MANIFESTS, courier, Filings.unique("k"), manifest(line(tracking, null, "20.00"))).status())
                .isEqualTo(202);
        api.awaitDecision(tracking, courier);

        Reply tracked = api.get("/api/v1/tracking/" + tracking, null);
        assertThat(tracked.status()).isEqualTo(200);
        assertThat(tracked.body().get("timeline").size()).isGreaterThanOrEqualTo(2);
        assertKept("GET", TRACKING, tracked);
        assertKept("GET", CONSIGNMENT, api.get("/api/v1/consignments/" + tracking, courier));
    }

    @Test
    void finalMileReportsAndTheProvenTrackingViewAnswerAsTheDocumentSays() {
        String tracking = Filings.unique("CRV");
        Map<String, Object> line = line(tracking, null, "20.00");
        line.put("consignee", Map.of("name", "Aigerim Sadykova", "consumerId", "KZ-P1", "phone", "+7 701 555 12 34",
                "address", Map.of("city", "Almaty", "postcode", "050000", "country", "KZ")));
        assertThat(api.post(MANIFESTS, courier, Filings.unique("k"), manifest(line)).status()).isEqualTo(202);
        String status = api.awaitDecision(tracking, courier).at("/cases/0/status").asString();
        String at = java.time.Instant.now().plusSeconds(60).toString();
        String delivered = "{\"type\": \"DELIVERED\", \"occurredAt\": \"" + at + "\"}";
        assertKept("POST", EVENTS, api.post("/api/v1/consignments/" + tracking + "/events", courier, null,
                "application/json", delivered), 409);
        if (status.equals("HELD_FOR_DOCUMENTS")) {
            String officer = as(Role.OFFICER, "KZ");
            String taskId = documentsTask(officer, tracking);
            api.post("/api/v1/tasks/" + taskId + "/result", officer, null, Map.of("outcome", "DOCUMENTS_ACCEPTED"));
        }
        api.post("/api/v1/consignments/" + tracking + "/arrival", courier, null, "application/json", "{}");
        assertKept("POST", EVENTS, api.post("/api/v1/consignments/" + tracking + "/events", courier, null,
                "application/json", delivered), 201);
        assertKept("POST", EVENTS, api.post("/api/v1/consignments/" + tracking + "/events", courier, null,
                "application/json", delivered), 200);
        assertKept("POST", EVENTS, api.post("/api/v1/consignments/" + tracking + "/events", courier, null,
                "application/json", "{\"type\": \"SOLD\"}"), 422);
        assertKept("POST", EVENTS, api.post("/api/v1/consignments/" + tracking + "/events", as(Role.COURIER, null), null,
                "application/json", delivered), 404);
        assertKept("POST", EVENTS, api.post("/api/v1/consignments/" + tracking + "/events", platform, null,
                "application/json", delivered), 403);
        assertKept("GET", TRACKING, api.get("/api/v1/tracking/" + tracking, null), 200);
    }

    @Test
    void anOfficersQueueResultAndTheCourierReportOfArrivalAnswerAsTheDocumentSays() {
        String officer = as(Role.OFFICER, "KZ");
        String tracking = Filings.unique("CRV");
        // prohibited goods: selected for inspection, with the officer's view of lane, risk and tasks
        Map<String, Object> cigarettes = Filings.line(tracking, null, null, "KZ", "KZ-P1", "Aigerim Sadykova", "240220", 1,
                "20.00", "0.50");
        assertThat(api.post(MANIFESTS, courier, Filings.unique("k"), manifest(cigarettes)).status()).isEqualTo(202);
        assertThat(api.awaitDecision(tracking, officer).at("/cases/0/status").asString()).isEqualTo("SELECTED_FOR_INSPECTION");
        assertKept("GET", CONSIGNMENT, api.get("/api/v1/consignments/" + tracking, officer), 200);

        Reply queue = api.get("/api/v1/tasks?queue=inspection&limit=1000", officer);
        assertKept("GET", TASKS, queue, 200);
        String taskId = queue.body().get("tasks").valueStream()
                .filter(t -> t.get("trackingNumber").asString().equals(tracking)).findFirst().orElseThrow()
                .get("taskId").asString();
        assertKept("POST", RESULT, api.post("/api/v1/tasks/" + taskId + "/result", officer, null,
                Map.of("outcome", "NO_FINDINGS")), 409);
        assertKept("POST", ARRIVAL, api.post("/api/v1/consignments/" + tracking + "/arrival", courier, null, "{}"), 200);
        assertKept("POST", RESULT, api.post("/api/v1/tasks/" + taskId + "/result", officer, null,
                Map.of("outcome", "DOCUMENTS_ACCEPTED")), 422);
        assertKept("POST", RESULT, api.post("/api/v1/tasks/" + taskId + "/result", officer, null,
                Map.of("outcome", "PROHIBITED_GOODS", "note", "cigarettes")), 200);
        assertKept("POST", RESULT, api.post("/api/v1/tasks/" + taskId + "/result", officer, null,
                Map.of("outcome", "NO_FINDINGS")), 409);
        assertKept("POST", ARRIVAL, api.post("/api/v1/consignments/" + Filings.unique("CRV") + "/arrival", courier, null,
                "{}"), 404);
        assertKept("GET", TASKS, api.get("/api/v1/tasks?queue=inspection&jurisdiction=UZ", officer), 404);
        assertKept("GET", TASKS, api.get("/api/v1/tasks?queue=inspection&limit=0", officer), 422);
        assertKept("GET", TASKS, api.get("/api/v1/tasks?queue=inspection", courier), 403);
        assertKept("GET", CONSIGNMENT, api.get("/api/v1/consignments/" + tracking, officer), 200);
    }

    @Test
    void aTokenAnswerIsTheDocumentedTokenResponse() {
        String clientId = Filings.unique("courier-");
        parties.register(clientId, SECRET, "Contract courier", Role.COURIER, Optional.empty());
        Reply token = api.post(TOKEN, null, null, FORM,
                "grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + SECRET);

        assertThat(token.status()).isEqualTo(200);
        assertKept("POST", TOKEN, token);
        for (int i = 0; i < 5; i++) {
            Reply refused = api.post(TOKEN, null, null, FORM,
                    "grant_type=client_credentials&client_id=" + clientId + "&client_secret=wrong");
            assertThat(refused.status()).isEqualTo(401);
            assertKept("POST", TOKEN, refused);
        }
        Reply lockedOut = api.post(TOKEN, null, null, FORM,
                "grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + SECRET);
        assertThat(lockedOut.status()).isEqualTo(429);
        assertKept("POST", TOKEN, lockedOut);
        // the authorization server authenticates the client before it reads the grant (RFC 6749 section 3.2.1)
        assertKept("POST", TOKEN, api.post(TOKEN, null, null, FORM, "grant_type=password"), 401);
        String another = Filings.unique("courier-");
        parties.register(another, SECRET, "Contract courier", Role.COURIER, Optional.empty());
        assertKept("POST", TOKEN, api.post(TOKEN, null, null, FORM,
                "grant_type=password&client_id=" + another + "&client_secret=" + SECRET), 400);
        assertKept("POST", TOKEN, api.post(TOKEN, null, null, "application/json", "{}"), 415);
        assertKept("POST", TOKEN, api.post(TOKEN, null, null, FORM, "a=" + "x".repeat(9000)), 413);
    }

    @Test
    void everyRefusalOfAFilingIsADocumentedProblem() {
        String orderRef = Filings.unique("TM-");
        String key = Filings.unique("k");
        assertThat(api.post(ORDERS, platform, key, order(orderRef)).status()).isEqualTo(201);

        assertKept("POST", ORDERS, api.post(ORDERS, platform, Filings.unique("k"), "application/json", "{\"items\": ["), 400);
        assertKept("POST", ORDERS, api.post(ORDERS, platform, null, order(Filings.unique("TM-"))), 400);
        assertKept("POST", ORDERS, api.post(ORDERS, null, Filings.unique("k"), order(Filings.unique("TM-"))), 401);
        assertKept("POST", ORDERS, api.post(ORDERS, courier, Filings.unique("k"), order(Filings.unique("TM-"))), 403);
        assertKept("POST", ORDERS, api.post(ORDERS, platform, key, order(Filings.unique("TM-"))), 409);
        assertKept("POST", ORDERS, api.post(ORDERS, platform, Filings.unique("k"), order(orderRef)), 409);
        assertKept("POST", ORDERS, api.post(ORDERS, platform, Filings.unique("k"), "application/json",
                "{\"platformOrderRef\": \"" + "x".repeat(2_100_000) + "\"}"), 413);
        assertKept("POST", ORDERS, api.post(ORDERS, platform, Filings.unique("k"), "text/plain", "an order"), 415);
        assertKept("POST", ORDERS, api.post(ORDERS, platform, Filings.unique("k"), Map.of("currency", "dollars")), 422);

        Map<String, Object> bad = line(Filings.unique("CRV"), null, "-1.00");
        assertKept("POST", MANIFESTS, api.post(MANIFESTS, courier, Filings.unique("k"), "application/x-ndjson",
                jsonLines(manifest(bad)) + "{not json\n"), 400);
        assertKept("POST", MANIFESTS, api.post(MANIFESTS, courier, Filings.unique("k"), "application/x-ndjson",
                jsonLines(manifest(bad))), 422);
        assertKept("GET", TRACKING, api.get("/api/v1/tracking/" + Filings.unique("CRV"), null), 404);
        assertKept("GET", CONSIGNMENT, api.get("/api/v1/consignments/" + Filings.unique("CRV"), courier), 404);
    }

    @Test
    void aQuoteItsRefusalsAndTheOrderFiledWithItAnswerAsTheDocumentSays() {
        Reply given = api.post(QUOTES, platform, null, quote("KZ", "250.00"));
        assertKept("POST", QUOTES, given, 201);
        String quoteId = given.body().get("quoteId").asString();
        assertKept("GET", QUOTE, api.get(QUOTES + "/" + quoteId, platform), 200);
        assertKept("GET", QUOTE, api.get(QUOTES + "/" + quoteId, courier), 404);
        // an officer must assess above Uzbekistan's quota: computed false, no totalDue, a declarant's line
        assertKept("POST", QUOTES, api.post(QUOTES, courier, null, quote("UZ", "250.00")), 201);
        assertKept("POST", QUOTES, api.post(QUOTES, courier, null, quote("UZ", "20.00")), 201);
        assertKept("POST", QUOTES, api.post(QUOTES, platform, null, Map.of("destination", "XX")), 422);
        assertKept("POST", QUOTES, api.post(QUOTES, platform, null, "application/json", "{\"items\": ["), 400);
        assertKept("POST", QUOTES, api.post(QUOTES, null, null, quote("KZ", "250.00")), 401);
        assertKept("POST", QUOTES, api.post(QUOTES, as(Role.OFFICER, "KZ"), null, quote("KZ", "250.00")), 403);

        Map<String, Object> order = Filings.order(Filings.unique("TM-"), "KZ", "KZ-P1", "Aigerim Sadykova", "851713", 1,
                "250.00");
        order.put("quoteId", quoteId);
        Reply filed = api.post(ORDERS, platform, Filings.unique("k"), order);
        assertKept("POST", ORDERS, filed, 201);
        assertThat(filed.body().at("/quote/matches").asBoolean()).isTrue();
        order.put("quoteId", java.util.UUID.randomUUID().toString());
        order.put("platformOrderRef", Filings.unique("TM-"));
        assertKept("POST", ORDERS, api.post(ORDERS, platform, Filings.unique("k"), order), 422);
    }

    private static Map<String, Object> quote(String destination, String value) {
        return Map.of("destination", destination, "items", List.of(Map.of("hsCode", "851713",
                "value", Map.of("amount", value, "currency", "USD"), "netMassKg", "0.450", "originCountry", "CN")),
                "shippingCost", Map.of("amount", "12.00", "currency", "USD"), "grossMassKg", "0.800");
    }

    @Test
    void theCheckRefusesAnUndeclaredFieldAMissingOneAWrongFormAndAnUndeclaredStatus() {
        Reply filed = api.post(ORDERS, platform, Filings.unique("k"), order(Filings.unique("TM-")));
        assertKept("POST", ORDERS, filed);

        ObjectNode extra = (ObjectNode) filed.body().deepCopy();
        ((ObjectNode) extra.at("/landedCost/0")).put("dutiesPaid", true);
        ObjectNode missing = (ObjectNode) filed.body().deepCopy();
        missing.remove("orderId");
        ObjectNode badId = (ObjectNode) filed.body().deepCopy();
        badId.put("orderId", "order-1");
        ObjectNode badMoney = (ObjectNode) filed.body().deepCopy();
        ((ObjectNode) badMoney.at("/landedCost/0")).set("customsValue", Api.JSON.readTree("12.5"));

        assertThat(contract.violations("POST", ORDERS, 201, "application/json", extra)).isNotEmpty();
        assertThat(contract.violations("POST", ORDERS, 201, "application/json", missing)).isNotEmpty();
        assertThat(contract.violations("POST", ORDERS, 201, "application/json", badId)).isNotEmpty();
        assertThat(contract.violations("POST", ORDERS, 201, "application/json", badMoney)).isNotEmpty();
        assertThat(contract.violations("POST", ORDERS, 200, "application/json", filed.body())).isNotEmpty();
    }

    /** The open documents task of {@code tracking}, paging through the queue other tests fill too. */
    private String documentsTask(String officer, String tracking) {
        String page = "/api/v1/tasks?queue=documents&limit=1000";
        while (true) {
            JsonNode answer = api.get(page, officer).body();
            for (JsonNode task : answer.get("tasks")) {
                if (task.get("trackingNumber").asString().equals(tracking)) {
                    return task.get("taskId").asString();
                }
            }
            assertThat(answer.has("next")).as("no open documents task for " + tracking).isTrue();
            page = "/api/v1/tasks?queue=documents&limit=1000&after=" + answer.get("next").asString();
        }
    }

    @Test
    void hsSuggestionsAndTheirRefusalsAnswerTheDocument() {
        Reply suggested = api.post(HS_SUGGEST, courier, null, Map.of("text", "cotton t-shirt", "limit", 3));
        assertKept("POST", HS_SUGGEST, suggested, 200);
        assertThat(suggested.body().at("/candidates/0/hsCode").asString()).matches("\\d{6}");
        assertKept("POST", HS_SUGGEST, api.post(HS_SUGGEST, platform, null, Map.of("text", "zzqx")), 200);
        assertKept("POST", HS_SUGGEST, api.post(HS_SUGGEST, platform, null, Map.of("text", "bag", "limit", 50)), 422);
        assertKept("POST", HS_SUGGEST, api.post(HS_SUGGEST, platform, null, "application/json", "{\"text\": "), 400);
        assertKept("POST", HS_SUGGEST, api.post(HS_SUGGEST, null, null, Map.of("text", "bag")), 401);
    }

    private void assertKept(String method, String path, Reply reply, int status) {
        assertThat(reply.status()).as(reply.raw()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith(status >= 400 ? "application/problem+json" : "application/json");
        assertKept(method, path, reply);
    }

    private void assertKept(String method, String path, Reply reply) {
        assertThat(contract.violations(method, path, reply)).as(reply.raw()).isEmpty();
    }

    private static Map<String, Object> order(String ref) {
        return Filings.order(ref, "KZ", "KZ-P1", "Aigerim Sadykova", "610910", 2, "12.50");
    }

    private Map<String, Object> line(String tracking, String orderRef, String value) {
        return Filings.line(tracking, platformId[0], orderRef, "KZ", "KZ-P1", "Aigerim Sadykova", "610910", 2, value,
                "0.55");
    }

    private static Map<String, Object> manifest(Map<String, Object> line) {
        return Filings.manifest(Filings.unique("MAWB-"), "KZ", List.of(line));
    }

    /** The header line with the master consignment, then one line per house consignment. */
    private static String jsonLines(Map<String, Object> manifest) {
        Map<String, Object> header = new LinkedHashMap<>(manifest);
        @SuppressWarnings("unchecked")
        List<Object> consignments = (List<Object>) header.remove("consignments");
        List<String> lines = new ArrayList<>();
        lines.add(Api.JSON.writeValueAsString(header));
        consignments.forEach(c -> lines.add(Api.JSON.writeValueAsString(c)));
        return String.join("\n", lines) + "\n";
    }
}
