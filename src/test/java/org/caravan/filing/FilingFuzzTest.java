package org.caravan.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.caravan.party.Role;
import org.caravan.support.Api;
import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Thousands of mutated orders and manifests, valid ones among them: fields dropped,
 * retyped, emptied, swollen or filled with control characters, bodies truncated and
 * bytes flipped. No answer is a 5xx; every refusal is a problem document. The seed is
 * fixed so a failure reproduces; {@code -Dcaravan.fuzz.seed} and {@code .rounds} vary it.
 */
@ActiveProfiles("test")
class FilingFuzzTest extends ApiTest {

    static final long SEED = Long.getLong("caravan.fuzz.seed", 5_2026L);
    static final int ROUNDS = Integer.getInteger("caravan.fuzz.rounds", 1500);
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @LocalServerPort
    int port;

    final Random random = new Random(SEED);
    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void mutatedFilingsNeverGetA5xx() throws Exception {
        String platform = as(Role.PLATFORM, null);
        String courier = as(Role.COURIER, null);
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            JsonNode order = Api.JSON.valueToTree(Filings.order(Filings.unique("ORD-"), "KZ", "KZ-P" + round,
                    "Aigerim Sadykova", "610910", 2, "12.50"));
            send("/api/v1/orders", platform, "application/json", mutate(order), statuses, failures);

            JsonNode manifest = Api.JSON.valueToTree(Filings.manifest(Filings.unique("MAWB-"), "KZ", List.of(
                    Filings.line(Filings.unique("CRV"), null, null, "KZ", "KZ-P" + round, "Yerlan Seitkali", "610910", 1,
                            "10.00", "0.300"),
                    Filings.line(Filings.unique("CRV"), null, null, "KZ", null, "Dana Omarova", "640399", 2, "40.00",
                            "1.200"))));
            if (round % 4 == 0) {
                send("/api/v1/manifests", courier, "application/x-ndjson", jsonLines(mutateTree(manifest)), statuses, failures);
            } else {
                send("/api/v1/manifests", courier, "application/json", mutate(manifest), statuses, failures);
            }
        }
        assertThat(failures).as("5xx answers or refusals without problem details, seed " + SEED).isEmpty();
        assertThat(statuses.keySet()).as("the fuzzer reaches acceptance and refusal alike: " + statuses)
                .contains(201, 202, 400, 422);
    }

    private void send(String path, String token, String type, byte[] body, Map<Integer, Integer> statuses,
            List<String> failures) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", type).header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", Filings.unique("fuzz-")).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        statuses.merge(r.statusCode(), 1, Integer::sum);
        boolean problem = r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
        if (r.statusCode() >= 500 || (r.statusCode() >= 400 && !problem)) {
            failures.add(r.statusCode() + " for " + new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8)
                    + " -> " + r.body());
        }
    }

    /** Half the time the document is mutated as a tree, half the time as bytes. */
    private byte[] mutate(JsonNode document) {
        byte[] body = Api.JSON.writeValueAsBytes(mutateTree(document));
        return random.nextBoolean() ? body : mutateBytes(body);
    }

    private JsonNode mutateTree(JsonNode document) {
        JsonNode copy = document.deepCopy();
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            List<JsonNode> containers = new ArrayList<>();
            collect(copy, containers);
            JsonNode target = containers.get(random.nextInt(containers.size()));
            if (target instanceof ObjectNode object && !object.isEmpty()) {
                List<String> names = new ArrayList<>(object.propertyNames());
                String name = names.get(random.nextInt(names.size()));
                if (random.nextInt(5) == 0) {
                    object.remove(name);
                } else {
                    object.set(name, hostileValue());
                }
            } else if (target instanceof ArrayNode array && !array.isEmpty()) {
                int index = random.nextInt(array.size());
                switch (random.nextInt(3)) {
                    case 0 -> array.remove(index);
                    case 1 -> array.set(index, hostileValue());
                    default -> array.add(array.get(index).deepCopy());
                }
            }
        }
        return copy;
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainer()) {
            containers.add(node);
            node.values().forEach(child -> collect(child, containers));
        }
    }

    private JsonNode hostileValue() {
        return switch (random.nextInt(22)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(true);
            case 2 -> NODES.numberNode(0);
            case 3 -> NODES.numberNode(-1);
            case 4 -> NODES.numberNode(2.5);
            case 5 -> NODES.numberNode(1e308);
            case 6 -> NODES.numberNode(Long.MAX_VALUE);
            case 7 -> NODES.stringNode("");
            case 8 -> NODES.stringNode("   ");
            case 9 -> NODES.stringNode("A\u0000B");
            case 10 -> NODES.stringNode("x".repeat(5_000));
            case 11 -> NODES.stringNode("Ыжڪ😀\u202e");
            case 12 -> NODES.stringNode("9".repeat(400));
            case 13 -> NODES.stringNode("-12.50");
            case 14 -> NODES.stringNode("1e999999999");
            case 15 -> NODES.stringNode("+999999999-01-01T00:00:00Z");
            case 16 -> NODES.stringNode("0.000000000000000000001");
            case 17 -> NODES.stringNode("'; drop table consignment; --");
            case 18 -> NODES.objectNode();
            case 19 -> NODES.arrayNode().add("KZ").add(NODES.nullNode());
            case 20 -> NODES.stringNode("99999999.9999");
            default -> NODES.stringNode("2026-13-45T25:61:00Z");
        };
    }

    private byte[] mutateBytes(byte[] body) {
        byte[] out = body.clone();
        switch (random.nextInt(4)) {
            case 0 -> {
                return java.util.Arrays.copyOf(out, random.nextInt(out.length));
            }
            case 1 -> {
                for (int i = 0; i < 1 + random.nextInt(4); i++) {
                    out[random.nextInt(out.length)] = (byte) random.nextInt(256);
                }
                return out;
            }
            case 2 -> {
                int at = random.nextInt(out.length);
                byte[] noise = new byte[1 + random.nextInt(16)];
                random.nextBytes(noise);
                byte[] grown = new byte[out.length + noise.length];
                System.arraycopy(out, 0, grown, 0, at);
                System.arraycopy(noise, 0, grown, at, noise.length);
                System.arraycopy(out, at, grown, at + noise.length, out.length - at);
                return grown;
            }
            default -> {
                return out; // unchanged bytes: the tree mutation alone
            }
        }
    }

    private static byte[] jsonLines(JsonNode manifest) {
        StringBuilder body = new StringBuilder();
        if (manifest instanceof ObjectNode object && object.get("consignments") instanceof ArrayNode lines) {
            ObjectNode header = object.deepCopy();
            header.remove("consignments");
            body.append(Api.JSON.writeValueAsString(header)).append('\n');
            lines.forEach(line -> body.append(Api.JSON.writeValueAsString(line)).append('\n'));
        } else {
            body.append(Api.JSON.writeValueAsString(manifest)).append('\n');
        }
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }
}
