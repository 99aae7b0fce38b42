package org.caravan.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.caravan.reference.CountryCode;
import org.caravan.reference.Watchlist;
import org.caravan.simulator.CaravanClient.Reply;
import org.caravan.support.Api;
import org.caravan.support.Filings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;

/**
 * Who may do what, as one table: every API route against every kind of caller, each caller
 * either the owner of the resource or a stranger to it. A cell says what the caller gets:
 * {@code 401} without a token, {@code 403} for a role that may never do this, {@code 404}
 * for a resource that is not the caller's (its existence is not disclosed), {@code 200}
 * for a read that must succeed, and {@code ok} for a request that passes authorization and
 * is then judged on its content (2xx, 400, 409 or 422: the probes send bodies that change
 * nothing where they can). Removing any single check turns some cell, so this test fails.
 * A route missing from the table fails it too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // a store of its own: the fixture loads a risk profile for KZ that other tests must not see
        "spring.datasource.url=jdbc:h2:mem:caravan-matrix;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        // every caller probes the consignee's routes from one address
        "caravan.tracking.proof-attempts-per-minute=1000"})
@ActiveProfiles("test")
class AuthorizationMatrixTest {

    private static final String SECRET = "matrix-secret-1";
    private static final String SMARTPHONE = "851713";

    /** The callers, in the order of the table's columns. */
    private static final List<String> CALLERS = List.of("anon", "platformA", "platformB", "courierA", "courierB", "post",
            "operator", "officerKZ", "officerUZ", "agencyKZ", "agencyUZ", "admin");

    /**
     * One route per line: method, path with {placeholders} for the fixture's resources, the
     * probe body (a name from {@link #bodies}), then one cell per caller. A route reached
     * from several paths (a body type, an Accept type) may have several lines.
     */
    private static final String MATRIX = """
            # method path                                                    body      anon pA  pB  cA  cB  post op  oKZ oUZ agKZ agUZ admin
            POST   /api/v1/orders                                            empty     401  ok  ok  403 403 403  403 403 403 403  403  403
            POST   /api/v1/manifests                                         empty     401  403 403 ok  ok  ok   ok  403 403 403  403  403
            GET    /api/v1/manifests/{manifest}/consignments                 -         401  403 403 200 404 404  404 403 403 403  403  403
            POST   /api/v1/quotes                                            empty     401  ok  ok  ok  ok  ok   ok  403 403 403  403  403
            GET    /api/v1/quotes/{quote}                                    -         401  200 404 404 404 404  404 403 403 403  403  403
            POST   /api/v1/hs/suggest                                        suggest   401  200 200 200 200 200  200 200 200 200  200  200
            GET    /api/v1/consignments/{held}                               -         401  200 404 200 404 404  404 200 404 404  404  200
            GET    /api/v1/consignments/{held}/document-requests             -         401  200 404 200 404 404  404 200 404 404  404  200
            POST   /api/v1/consignments/{held}/document-requests             empty     401  403 403 403 403 403  403 ok  404 403  403  ok
            POST   /api/v1/document-requests/{request}/documents             empty     401  ok  404 ok  404 404  404 403 403 403  403  403
            POST   /api/v1/document-requests/{request}/documents             pdf       401  ok  404 ok  404 404  404 403 403 403  403  403
            GET    /api/v1/documents/{document}/content                      -         401  403 403 403 403 403  403 200 404 403  403  200
            POST   /api/v1/documents/{document}/review                       empty     401  403 403 403 403 403  403 ok  404 403  403  ok
            GET    /api/v1/tasks?jurisdiction=KZ                             -         401  403 403 403 403 403  403 200 404 403  403  200
            POST   /api/v1/tasks/{task}/result                               empty     401  403 403 403 403 403  403 ok  404 403  403  ok
            GET    /api/v1/consignments/{due}/payment-requests               -         401  200 404 200 404 404  404 200 404 404  404  200
            POST   /api/v1/payments                                          payment   401  ok  404 ok  404 404  404 403 403 403  403  403
            POST   /api/v1/refunds/{refund}/paid                             empty     401  403 403 403 403 403  403 ok  404 403  403  ok
            GET    /api/v1/statements/{month}                                -         401  200 200 200 200 200  200 ok  ok  403  403  ok
            GET    /api/v1/statements/{month}?party={platformA}              -         401  200 404 404 404 404  404 200 200 403  403  200
            GET    /api/v1/statements/{month}?party={platformA}              csv       401  200 404 404 404 404  404 200 200 403  403  200
            GET    /api/v1/monitoring/measures                               -         401  403 403 403 403 403  403 200 200 403  403  200
            GET    /api/v1/monitoring/measures?jurisdiction=KZ               -         401  403 403 403 403 403  403 200 404 403  403  200
            GET    /api/v1/monitoring/measures?jurisdiction=KZ&format=csv    -         401  403 403 403 403 403  403 200 404 403  403  200
            GET    /api/v1/monitoring/measures?jurisdiction=KZ               csv       401  403 403 403 403 403  403 200 404 403  403  200
            POST   /api/v1/permits                                           empty     401  403 403 403 403 403  403 403 403 ok   ok   403
            GET    /api/v1/permits/{permit}                                  -         401  404 404 404 404 404  404 200 404 200  404  200
            POST   /api/v1/permits/{permit}/revocation                       empty     401  403 403 403 403 403  403 403 403 ok   404  ok
            POST   /api/v1/consignments/{due}/events                         event     401  403 403 ok  404 404  404 403 403 403  403  ok
            POST   /api/v1/consignments/{returned}/arrival                   empty     401  403 403 ok  404 404  404 403 403 403  403  ok
            GET    /api/v1/jurisdictions                                     -         401  200 200 200 200 200  200 200 200 200  200  200
            GET    /api/v1/jurisdictions/{kz}/regimes                          -         401  200 200 200 200 200  200 200 200 200  200  200
            PUT    /api/v1/jurisdictions/{kz}/regime-pin                       empty     401  403 403 403 403 403  403 ok  404 403  403  ok
            GET    /api/v1/jurisdictions/{kz}/regime-pin/history             -         401  200 200 200 200 200  200 200 200 200  200  200
            PUT    /api/v1/risk/profiles/{kz}                                  yaml      401  403 403 403 403 403  403 ok  404 403  403  ok
            GET    /api/v1/risk/profiles/{kz}                                  -         401  403 403 403 403 403  403 200 404 403  403  200
            GET    /api/v1/risk/profiles/{kz}/history                          -         401  403 403 403 403 403  403 200 404 403  403  200
            GET    /api/v1/risk/models                                       -         401  403 403 403 403 403  403 403 403 403  403  200
            POST   /api/v1/risk/models/{unknown}/promotion                   empty     401  403 403 403 403 403  403 403 403 403  403  ok
            POST   /api/v1/sandbox/runs                                      empty     401  403 403 403 403 403  403 403 403 403  403  ok
            GET    /api/v1/sandbox/runs                                      -         401  403 403 403 403 403  403 403 403 403  403  200
            GET    /api/v1/sandbox/runs/{unknown}/report                     -         401  403 403 403 403 403  403 403 403 403  403  404
            POST   /api/v1/sandbox/runs/{unknown}/stop                       -         401  403 403 403 403 403  403 403 403 403  403  404
            GET    /api/v1/tracking/{held}                                   -         200  200 200 200 200 200  200 200 200 200  200  200
            POST   /api/v1/tracking/{held}/document-requests/{request}/documents pdf  404  404 404 404 404 404  404 404 404 404  404  404
            POST   /api/v1/tracking/{due}/payments                           payment   404  404 404 404 404 404  404 404 404 404  404  404
            POST   /api/v1/subscriptions                                     empty     401  ok  ok  ok  ok  ok   ok  403 403 403  403  403
            GET    /api/v1/subscriptions                                     -         401  200 200 200 200 200  200 200 200 200  200  200
            GET    /api/v1/subscriptions/{subscription}                      -         401  404 404 200 404 404  404 404 404 404  404  404
            PATCH  /api/v1/subscriptions/{subscription}                      empty     401  404 404 ok  404 404  404 404 404 404  404  404
            POST   /api/v1/subscriptions/{subscription}/secret               empty     401  404 404 ok  404 404  404 404 404 404  404  404
            POST   /api/v1/subscriptions/{subscription}/replay               empty     401  404 404 ok  404 404  404 404 404 404  404  404
            GET    /api/v1/subscriptions/{subscription}/deliveries           -         401  404 404 200 404 404  404 404 404 404  404  404
            DELETE /api/v1/subscriptions/{subscription}                      -         401  404 404 ok  404 404  404 404 404 404  404  404
            POST   /api/v1/interchange/edifact                               edifact   401  ok  ok  ok  ok  ok   ok  403 403 403  403  403
            POST   /api/v1/interchange/wco                                   wco       401  403 403 ok  ok  ok   ok  403 403 403  403  403
            GET    /api/v1/interchange/messages                              -         401  200 200 200 200 200  200 200 200 200  200  200
            POST   /api/v1/parties/{courierAParty}/signing-keys             empty     401  404 404 ok  404 404  404 404 404 404  404  ok
            GET    /api/v1/parties/{courierAParty}/signing-keys             -         401  404 404 200 404 404  404 404 404 404  404  200
            DELETE /api/v1/parties/{courierAParty}/signing-keys/{kid}       -         401  404 404 ok  404 404  404 404 404 404  404  ok
            PUT    /api/v1/parties/{courierAParty}/signature-requirements/{kz} empty  401  404 404 403 404 404  404 ok  404 404  404  ok
            GET    /api/v1/parties/{courierAParty}/signature-requirements/{kz} -      401  404 404 200 404 404  404 200 404 404  404  200
            GET    /api/v1/parties/{courierAParty}/signature-requirements   -         401  404 404 200 404 404  404 200 200 404  404  200
            DELETE /api/v1/parties/{courierAParty}/signature-requirements/{kz} -      401  404 404 403 404 404  404 ok  404 404  404  ok
            GET    /api/v1/audit/verification                                -         401  403 403 403 403 403  403 403 403 403  403  200
            GET    /api/v1/audit/entries?subject={manifest}                  -         401  403 403 403 403 403  403 200 200 403  403  200
            GET    /api/v1/audit/head                                        -         401  403 403 403 403 403  403 200 200 403  403  200
            POST   /api/v1/audit/witnesses                                   empty     401  403 403 403 403 403  403 ok  ok  403  403  ok
            GET    /api/v1/audit/witnesses                                   -         401  403 403 403 403 403  403 200 200 403  403  200
            POST   /api/v1/parties                                           empty     401  403 403 403 403 403  403 403 403 403  403  ok
            GET    /api/v1/parties                                           -         401  403 403 403 403 403  403 403 403 403  403  200
            GET    /api/v1/parties/{courierAParty}                           -         401  404 404 200 404 404  404 404 404 404  404  200
            POST   /api/v1/parties/{courierAParty}/credentials               -         401  403 403 403 403 403  403 403 403 403  403  ok
            DELETE /api/v1/parties/{courierAParty}/credentials/{unknown}     -         401  403 403 403 403 403  403 403 403 403  403  404
            GET    /api/v1/signing-keys                                      -         401  403 403 403 403 403  403 403 403 403  403  200
            POST   /api/v1/signing-keys/rotation                             -         401  403 403 403 403 403  403 403 403 403  403  ok
            POST   /api/v1/consumer-ids                                      empty     401  403 403 403 403 403  403 ok  ok  403  403  ok
            GET    /api/v1/consumer-ids/{consumerId}                         -         401  403 403 403 403 403  403 200 404 403  403  200
            POST   /api/v1/consumer-ids/{consumerId}/revocation              empty     401  403 403 403 403 403  403 ok  404 403  403  ok
            POST   /api/v1/consumer-ids/{consumerId}/reissue                 empty     401  403 403 403 403 403  403 ok  404 403  403  ok
            POST   /api/v1/parties/{spareParty}/suspension                   -         401  403 403 403 403 403  403 403 403 403  403  ok
            """;

    @LocalServerPort
    int port;

    @Autowired
    Parties parties;

    @Autowired
    Watchlist watchlist;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping routes;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyRouteAnswersEveryCallerAsTheTableSays() throws Exception {
        Fixture world = new Fixture();
        List<String> wrong = new ArrayList<>();
        for (Row row : rows()) {
            for (int i = 0; i < CALLERS.size(); i++) {
                String caller = CALLERS.get(i);
                String expected = row.cells().get(i);
                HttpResponse<String> answer = send(row, world, caller);
                if (!matches(expected, answer.statusCode())) {
                    wrong.add(row.method() + " " + row.path() + " [" + row.body() + "] as " + caller + ": expected " + expected
                            + ", got " + answer.statusCode() + " " + abbreviated(answer.body()));
                }
                if (answer.statusCode() >= 500) {
                    wrong.add(row.method() + " " + row.path() + " as " + caller + " failed on the server");
                }
            }
        }
        assertThat(wrong).as("cells that do not answer as the table says").isEmpty();
    }

    @Test
    void everyApiRouteHasALineInTheTable() {
        Set<String> routed = new TreeSet<>();
        for (RequestMappingInfo info : routes.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                    info.getMethodsCondition().getMethods().forEach(m -> routed.add(m.name() + " " + shape(pattern)));
                }
            }
        }
        Set<String> tabled = new TreeSet<>();
        rows().forEach(r -> tabled.add(r.method() + " " + shape(r.path())));
        assertThat(tabled).as("routes of the service missing from the matrix").containsAll(routed);
        assertThat(routed).as("lines of the matrix naming no route").containsAll(tabled);
    }

    @Test
    void theTableHasACellForEveryCallerOnEveryLine() {
        for (Row row : rows()) {
            assertThat(row.cells()).as(row.method() + " " + row.path()).hasSize(CALLERS.size());
            row.cells().forEach(cell -> assertThat(cell).matches("ok|200|401|403|404"));
        }
    }

    private static boolean matches(String expected, int status) {
        return switch (expected) {
            case "ok" -> status < 500 && status != 401 && status != 403 && status != 404;
            default -> status == Integer.parseInt(expected);
        };
    }

    /** A route's path with its variables and query left out, to compare the table with the routes. */
    private static String shape(String path) {
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return bare.replaceAll("\\{[^}]*}", "{}");
    }

    record Row(String method, String path, String body, List<String> cells) {
    }

    private static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (String line : MATRIX.split("\n")) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] f = trimmed.split("\\s+");
            rows.add(new Row(f[0], f[1], f[2], Arrays.asList(f).subList(3, f.length)));
        }
        return rows;
    }

    private HttpResponse<String> send(Row row, Fixture world, String caller) throws Exception {
        String path = world.fill(row.path());
        Probe probe = world.probe(row.body());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Idempotency-Key", Filings.unique("matrix-"))
                .method(row.method(), probe.content() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(probe.content()));
        if (probe.contentType() != null) {
            request.header("Content-Type", probe.contentType());
        }
        if (probe.accept() != null) {
            request.header("Accept", probe.accept());
        }
        String token = world.tokens.get(caller);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String abbreviated(String body) {
        return body == null ? "" : body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }

    record Probe(String contentType, String content, String accept) {
    }

    /**
     * The resources of platform A and courier A, destined to Kazakhstan: a parcel held for
     * inspection with a document request and a supplied document, a parcel waiting for
     * payment, a parcel returned after payment that owes a refund, a quote, a webhook
     * subscription and a permit of the Kazakh agency.
     */
    final class Fixture {

        final Map<String, String> tokens = new LinkedHashMap<>();
        final Map<String, String> ids = new LinkedHashMap<>();
        private final Api api = new Api(port);

        Fixture() throws Exception {
            register("platformA", Role.PLATFORM, null);
            register("platformB", Role.PLATFORM, null);
            register("courierA", Role.COURIER, null);
            register("courierB", Role.COURIER, null);
            register("post", Role.POST, null);
            register("operator", Role.ECOMMERCE_OPERATOR, null);
            register("officerKZ", Role.OFFICER, "KZ");
            register("officerUZ", Role.OFFICER, "UZ");
            register("agencyKZ", Role.ISSUING_AGENCY, "KZ");
            register("agencyUZ", Role.ISSUING_AGENCY, "UZ");
            register("admin", Role.ADMIN, null);
            String platform = tokens.get("platformA");
            String courier = tokens.get("courierA");
            String officer = tokens.get("officerKZ");

            String listed = "Listed " + Filings.unique("Matrix ");
            watchlist.add("TEST", listed, "authorization matrix");
            String held = Filings.unique("CRV");
            String due = Filings.unique("CRV");
            String returned = Filings.unique("CRV");
            List<Map<String, Object>> lines = new ArrayList<>();
            lines.add(parcel(platform, held, listed, "640411", "39.00"));
            lines.add(parcel(platform, due, "Aigerim Sadykova", SMARTPHONE, "349.00"));
            lines.add(parcel(platform, returned, "Dana Omarova", SMARTPHONE, "349.00"));
            Reply manifest = api.post("/api/v1/manifests", courier, Filings.unique("k"),
                    Filings.manifest(Filings.unique("MAWB-"), "KZ", lines));
            assertThat(manifest.status()).as(manifest.raw()).isEqualTo(202);
            ids.put("manifest", manifest.body().get("manifestId").asString());
            ids.put("held", held);
            ids.put("due", due);
            ids.put("returned", returned);
            assertThat(api.awaitDecision(held, officer).at("/cases/0/status").asString()).isEqualTo("SELECTED_FOR_INSPECTION");
            assertThat(api.awaitDecision(due, officer).at("/cases/0/status").asString()).isEqualTo("PAYMENT_REQUIRED");
            assertThat(api.awaitDecision(returned, officer).at("/cases/0/status").asString()).isEqualTo("PAYMENT_REQUIRED");
            ids.put("task", api.openTask(officer, held, "inspection"));

            Reply request = api.post("/api/v1/consignments/" + held + "/document-requests", officer, null,
                    Map.of("kind", "INVOICE", "reason", "Declared value looks low for footwear"));
            assertThat(request.status()).as(request.raw()).isEqualTo(201);
            ids.put("request", request.body().get("requestId").asString());
            Reply supplied = api.post("/api/v1/document-requests/" + ids.get("request") + "/documents", courier, null,
                    "application/pdf", "%PDF-1.4\n%matrix\n%%EOF\n");
            assertThat(supplied.status()).as(supplied.raw()).isEqualTo(201);
            ids.put("document", supplied.body().get("documentId").asString());

            JsonNode payable = api.get("/api/v1/consignments/" + due + "/payment-requests", platform).body().at("/requests/0");
            ids.put("payment", payable.get("reference").asString());
            ids.put("paymentAmount", payable.at("/amount/amount").asString());
            JsonNode owed = api.get("/api/v1/consignments/" + returned + "/payment-requests", platform).body().at("/requests/0");
            Reply paid = api.post("/api/v1/payments", platform, null, Map.of("reference", owed.get("reference").asString(),
                    "amount", Map.of("amount", owed.at("/amount/amount").asString(), "currency", owed.at("/amount/currency").asString()),
                    "providerRef", "TX-" + returned, "collectedAtCheckout", true));
            assertThat(paid.status()).as(paid.raw()).isEqualTo(201);
            Reply arrived = api.post("/api/v1/consignments/" + returned + "/arrival", courier, null, "{}");
            Instant t = Instant.parse(arrived.body().get("arrivedAt").asString());
            for (String type : List.of("OUT_FOR_DELIVERY", "REFUSED", "RETURNED")) {
                t = t.plusMillis(1);
                Reply event = api.post("/api/v1/consignments/" + returned + "/events", courier, null, "application/json",
                        "{\"type\": \"" + type + "\", \"occurredAt\": \"" + t + "\", \"location\": \"KZALA\"}");
                assertThat(event.status()).as(event.raw()).isEqualTo(201);
            }
            ids.put("refund", api.get("/api/v1/consignments/" + returned + "/payment-requests", platform).body()
                    .at("/requests/0/refunds/0/reference").asString());

            Reply quote = api.post("/api/v1/quotes", platform, null, Map.of("destination", "KZ", "items", List.of(Map.of("description", "Cotton T-shirt",
                    "hsCode", "610910", "quantity", 1, "value", Map.of("amount", "12.50", "currency", "USD"), "originCountry", "CN",
                    "netMassKg", "0.20"))));
            assertThat(quote.status()).as(quote.raw()).isEqualTo(201);
            ids.put("quote", quote.body().get("quoteId").asString());

            Reply subscription = api.post("/api/v1/subscriptions", courier, null,
                    Map.of("url", "https://courier-a.example/hooks", "eventTypes", List.of("org.caravan.consignment.status-changed")));
            assertThat(subscription.status()).as(subscription.raw()).isEqualTo(201);
            ids.put("subscription", subscription.body().get("id").asString());

            String permit = Filings.unique("KZ-MOH-");
            Reply registered = api.post("/api/v1/permits", tokens.get("agencyKZ"), null, Map.of("number", permit,
                    "hsCode", "3004", "holder", "Aigerim Sadykova", "validFrom", "2026-01-01", "validUntil", "2027-12-31",
                    "quantity", "10", "unit", "PCE"));
            assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
            ids.put("permit", permit);
            // the bundled profile, loaded as Kazakhstan's own so that there is one to read
            String bundled = new String(getClass().getResourceAsStream("/risk/default-profile.yaml").readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8).replace("id: pilot-default", "id: kz-matrix")
                    .replace("jurisdiction: \"*\"", "jurisdiction: KZ");
            Reply profile = api.put("/api/v1/risk/profiles/KZ", officer, "application/yaml",
                    Map.of("Change-Reason", "the bundled profile as KZ's own"), bundled);
            assertThat(profile.status()).as(profile.raw()).isEqualTo(201);
            // courier A signs with a key of its own, and Kazakhstan requires its filings signed from now on
            String key = new com.nimbusds.jose.jwk.gen.ECKeyGenerator(com.nimbusds.jose.jwk.Curve.P_256).keyID("matrix-key")
                    .generate().toPublicJWK().toJSONString();
            Reply registeredKey = api.post("/api/v1/parties/" + partyIds.get("courierA") + "/signing-keys", courier, null,
                    "application/json", key);
            assertThat(registeredKey.status()).as(registeredKey.raw()).isEqualTo(201);
            ids.put("kid", "matrix-key");
            ids.put("courierAParty", partyIds.get("courierA"));
            Reply required = api.put("/api/v1/parties/" + partyIds.get("courierA") + "/signature-requirements/KZ", officer,
                    Map.of("reason", "courier A signs what it files for Kazakhstan"));
            assertThat(required.status()).as(required.raw()).isEqualTo(200);
            Reply consumer = api.post("/api/v1/consumer-ids", officer, null, Map.of("country", "KZ",
                    "nationalId", String.valueOf(100_000_000_000L + new java.util.Random().nextLong(800_000_000_000L))));
            assertThat(consumer.status()).as(consumer.raw()).isEqualTo(201);
            ids.put("consumerId", consumer.body().get("consumerId").asString());
            register("spare", Role.PLATFORM, null);
            ids.put("spareParty", partyIds.get("spare"));
            ids.put("month", YearMonth.now(ZoneOffset.UTC).toString());
            ids.put("unknown", UUID.randomUUID().toString());
            ids.put("platformA", clientIds.get("platformA"));
            ids.put("kz", "KZ");
        }

        private final Map<String, String> clientIds = new LinkedHashMap<>();
        private final Map<String, String> partyIds = new LinkedHashMap<>();

        private void register(String caller, Role role, String administration) {
            String clientId = Filings.unique("matrix-" + caller.toLowerCase() + "-");
            Party party = parties.register(clientId, SECRET, "Matrix " + caller, role,
                    Optional.ofNullable(administration).map(CountryCode::of));
            partyIds.put(caller, party.id().toString());
            clientIds.put(caller, clientId);
            tokens.put(caller, api.token(clientId, SECRET));
        }

        private Map<String, Object> parcel(String platform, String tracking, String consignee, String hsCode, String value) {
            String orderRef = Filings.unique("TM-");
            Map<String, Object> order = new LinkedHashMap<>();
            order.put("platformOrderRef", orderRef);
            order.put("orderedAt", "2026-11-20T10:15:00Z");
            order.put("seller", Map.of("id", "SELLER-88", "name", "Shenzhen Bright Co", "country", "CN"));
            order.put("buyer", Map.of("name", consignee, "address",
                    Map.of("line1", "Abay ave 10", "city", "Almaty", "postcode", "050000", "country", "KZ")));
            order.put("destinationCountry", "KZ");
            order.put("currency", "USD");
            order.put("items", List.of(Map.of("sku", "A1", "description", "Goods", "hsCode", hsCode, "quantity", 1,
                    "unitPrice", value, "originCountry", "CN", "netMassKg", "0.40")));
            order.put("shippingCost", "0.00");
            order.put("payment", Map.of("provider", "ExamplePay", "transactionRef", "PAY-" + orderRef, "amount", value,
                    "paidAt", "2026-11-20T10:15:09Z"));
            Reply filed = api.post("/api/v1/orders", platform, Filings.unique("k"), order);
            assertThat(filed.status()).as(filed.raw()).isEqualTo(201);
            return Filings.line(tracking, clientIds.get("platformA"), orderRef, "KZ", null, consignee, hsCode, 1, value, "0.900");
        }

        String fill(String path) {
            Matcher m = Pattern.compile("\\{([a-zA-Z]+)}").matcher(path);
            StringBuilder filled = new StringBuilder();
            while (m.find()) {
                String value = ids.get(m.group(1));
                assertThat(value).as("fixture value for {" + m.group(1) + "}").isNotNull();
                m.appendReplacement(filled, Matcher.quoteReplacement(value));
            }
            m.appendTail(filled);
            return filled.toString();
        }

        Probe probe(String name) {
            return switch (name) {
                case "-" -> new Probe(null, null, null);
                case "empty" -> new Probe("application/json", "{}", null);
                case "pdf" -> new Probe("application/pdf", "not a pdf", null);
                case "csv" -> new Probe(null, null, "text/csv");
                case "yaml" -> new Probe("application/yaml", "jurisdiction: [", null);
                case "suggest" -> new Probe("application/json", "{\"text\": \"cotton t-shirt\"}", null);
                case "edifact" -> new Probe("application/edifact", "UNA:+.? 'UNB+UNOC:3'", null);
                case "wco" -> new Probe("application/xml", "<Declaration/>", null);
                // a real request's reference with an amount that is not what is due: refused on its content, changing nothing
                case "payment" -> new Probe("application/json", "{\"reference\": \"" + ids.get("payment")
                        + "\", \"amount\": {\"amount\": \"0.01\", \"currency\": \"USD\"}, \"providerRef\": \"TX-MATRIX\"}", null);
                // delivered before the parcel is released: refused by the case's state, changing nothing
                case "event" -> new Probe("application/json", "{\"type\": \"DELIVERED\", \"occurredAt\": \"" + Instant.now()
                        + "\", \"location\": \"KZALA\"}", null);
                default -> throw new IllegalArgumentException("no probe body " + name);
            };
        }
    }
}
