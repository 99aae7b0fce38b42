package org.caravan.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.caravan.party.Role;
import org.caravan.simulator.CaravanClient.Reply;
import org.caravan.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/hs/suggest} on the built-in pilot tariff alone, as a fresh deployment
 * answers before it imports the nomenclature: obvious products find their subheading, and
 * every bad request is a problem naming the field, never a 500.
 */
@ActiveProfiles("test")
class HsSuggestApiTest extends ApiTest {

    static final String PATH = "/api/v1/hs/suggest";

    String token;

    @BeforeEach
    void platform() {
        token = as(Role.PLATFORM, null);
    }

    @Test
    void obviousProductsFindTheirSubheadingInThePilotTariff() {
        assertThat(codes(suggest("cotton t-shirt", null))).contains("610910");
        List<String> phones = codes(suggest("smartphone", null));
        assertThat(phones.get(0)).isEqualTo("851713");
        assertThat(codes(suggest("Wireless earbuds with charging case", 5))).contains("851830");
    }

    @Test
    void candidatesAreRankedSixDigitCodesWithDescriptionAndScore() {
        JsonNode answer = suggest("cotton t-shirt, men, printed", 3);
        JsonNode candidates = answer.get("candidates");
        assertThat(candidates.size()).isBetween(1, 3);
        double previous = 1.0;
        for (JsonNode c : candidates) {
            assertThat(c.get("hsCode").asString()).matches("\\d{6}");
            assertThat(c.get("description").asString()).isNotBlank();
            double score = c.get("score").asDouble();
            assertThat(score).isBetween(0.0, previous);
            previous = score;
        }
        assertThat(candidates.get(0).get("description").asString()).containsIgnoringCase("cotton");
    }

    @Test
    void wordsNoTextSpeaksForAnswerNoCandidates() {
        assertThat(suggest("zzqx wobblefrotz", 5).get("candidates").size()).isZero();
        assertThat(suggest("the and of", 5).get("candidates").size()).isZero();
    }

    @Test
    void anyAuthenticatedPartyMayAskButNotAnAnonymousOne() {
        for (Role role : new Role[] {Role.COURIER, Role.OFFICER}) {
            Reply r = api.post(PATH, as(role, role == Role.OFFICER ? "KZ" : null), null, Map.of("text", "smartphone"));
            assertThat(r.status()).as(r.raw()).isEqualTo(200);
        }
        assertThat(api.post(PATH, null, null, Map.of("text", "smartphone")).status()).isEqualTo(401);
    }

    @Test
    void badRequestsAreProblemsNamingTheField() {
        refused(Map.of(), "/text", "required");
        refused(Map.of("text", "   "), "/text", "required");
        refused(Map.of("text", "x".repeat(501)), "/text", "too-long");
        Reply nul = api.post(PATH, token, null, Map.of("text", "bag\u0000"));
        assertThat(nul.status()).as(nul.raw()).isEqualTo(400);
        assertThat(nul.body().at("/errors/0/pointer").asString()).isEqualTo("/text");
        refused(Map.of("text", "bag", "limit", 0), "/limit", "out-of-range");
        refused(Map.of("text", "bag", "limit", 21), "/limit", "out-of-range");
        Map<String, Object> both = new HashMap<>();
        both.put("text", null);
        both.put("limit", -1);
        Reply r = api.post(PATH, token, null, both);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.body().get("errors").findValuesAsString("pointer")).containsExactly("/text", "/limit");
        assertThat(suggest("bag", 20).get("candidates").size()).isBetween(1, 20);
        assertThat(suggest("x".repeat(500), 1).get("candidates").size()).isLessThanOrEqualTo(1);
    }

    @Test
    void unreadableBodiesAreRefusedNeverFailed() {
        for (String body : new String[] {"{", "[]", "\"text\"", "{\"text\": 5, \"limit\": \"many\"}", "null"}) {
            Reply r = api.post(PATH, token, null, "application/json", body);
            assertThat(r.status()).as(body + " -> " + r.raw()).isBetween(400, 422);
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
    }

    private JsonNode suggest(String text, Integer limit) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", text);
        if (limit != null) {
            body.put("limit", limit);
        }
        Reply r = api.post(PATH, token, null, body);
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        return r.body();
    }

    private static List<String> codes(JsonNode answer) {
        return answer.get("candidates").findValuesAsString("hsCode");
    }

    private void refused(Map<String, Object> body, String pointer, String code) {
        Reply r = api.post(PATH, token, null, body);
        assertThat(r.status()).as(r.raw()).isEqualTo(422);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.body().get("type").asString()).isEqualTo("/problems/validation");
        assertThat(r.body().at("/errors/0/pointer").asString()).isEqualTo(pointer);
        assertThat(r.body().at("/errors/0/code").asString()).isEqualTo(code);
    }
}
