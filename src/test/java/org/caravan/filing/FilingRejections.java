package org.caravan.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.caravan.party.Role;
import org.caravan.simulator.CaravanClient.Reply;
import org.caravan.support.Api;
import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Bad input gets the right 4xx problem details naming the field, and a rejected manifest
 * leaves nothing behind. Runs on H2 and on PostgreSQL.
 */
public abstract class FilingRejections extends ApiTest {

    String courier;

    @BeforeEach
    void courier() {
        courier = as(Role.COURIER, null);
    }

    Map<String, Object> manifestWith(String... trackingNumbers) {
        return Filings.manifest(Filings.unique("MAWB-"), "KZ", java.util.Arrays.stream(trackingNumbers)
                .map(tn -> Filings.line(tn, null, null, "KZ", "KZ-P9", "Yerlan Seitkali", "610910", 1, "10.00", "0.300"))
                .toList());
    }

    @Test
    void malformedJsonIsA400NamingWhereItBroke() {
        Reply r = api.post("/api/v1/manifests", courier, Filings.unique("k"), "application/json", "{\"manifestRef\": \"M\", ");
        assertProblem(r, 400, "/problems/malformed-json");
        Reply wrongType = api.post("/api/v1/manifests", courier, Filings.unique("k"), "application/json",
                "{\"manifestRef\":\"M\",\"consignments\":[{\"items\":[{\"quantity\":\"two\"}]}]}");
        assertProblem(wrongType, 400, "/problems/malformed-json");
        assertThat(wrongType.body().at("/errors/0/pointer").asString()).isEqualTo("/consignments/0/items/0/quantity");
    }

    @Test
    void unknownHsCodeAndNegativeValueAreNamedAndNothingIsStored() {
        String good = Filings.unique("CRV");
        String bad = Filings.unique("CRV");
        Map<String, Object> manifest = manifestWith(good, bad);
        @SuppressWarnings("unchecked")
        var badLine = (Map<String, Object>) ((List<?>) manifest.get("consignments")).get(1);
        @SuppressWarnings("unchecked")
        var item = (Map<String, Object>) ((List<?>) badLine.get("items")).get(0);
        item.put("hsCode", "999999");
        badLine.put("declaredValue", "-5.00");
        Reply r = api.post("/api/v1/manifests", courier, Filings.unique("k"), manifest);
        assertProblem(r, 422, "/problems/validation");
        assertThat(pointers(r.body())).contains("/consignments/1/items/0/hsCode", "/consignments/1/declaredValue");
        assertThat(codes(r.body())).contains("unknown-hs-code", "not-positive");

        // Atomic: the valid line was not stored either, and can be filed on its own afterwards.
        assertThat(api.get("/api/v1/consignments/" + good, courier).status()).isEqualTo(404);
        Reply alone = api.post("/api/v1/manifests", courier, Filings.unique("k"), manifestWith(good));
        assertThat(alone.status()).isEqualTo(202);
    }

    @Test
    void everyMissingRequiredFieldIsReported() {
        Reply r = api.post("/api/v1/orders", as(Role.PLATFORM, null), Filings.unique("k"), "{}");
        assertProblem(r, 422, "/problems/validation");
        assertThat(pointers(r.body())).contains("/platformOrderRef", "/orderedAt", "/seller", "/buyer",
                "/destinationCountry", "/currency", "/items");
    }

    @Test
    void missingIdempotencyKeyIsA400NamingTheHeader() {
        Reply r = api.post("/api/v1/manifests", courier, null, manifestWith(Filings.unique("CRV")));
        assertProblem(r, 400, "/problems/missing-idempotency-key");
        assertThat(r.body().at("/errors/0/header").asString()).isEqualTo("Idempotency-Key");
    }

    @Test
    void retriesReturnTheFirstResultAndAReusedKeyIsRefused() {
        String key = Filings.unique("k");
        Map<String, Object> manifest = manifestWith(Filings.unique("CRV"));
        Reply first = api.post("/api/v1/manifests", courier, key, manifest);
        Reply retry = api.post("/api/v1/manifests", courier, key, manifest);
        assertThat(first.status()).isEqualTo(202);
        assertThat(retry.status()).isEqualTo(202);
        assertThat(retry.body().get("manifestId")).isEqualTo(first.body().get("manifestId"));
        Reply reused = api.post("/api/v1/manifests", courier, key, manifestWith(Filings.unique("CRV")));
        assertProblem(reused, 409, "/problems/idempotency-key-reused");
    }

    @Test
    void aTrackingNumberCannotBeFiledTwice() {
        String tn = Filings.unique("CRV");
        assertThat(api.post("/api/v1/manifests", courier, Filings.unique("k"), manifestWith(tn)).status()).isEqualTo(202);
        Reply again = api.post("/api/v1/manifests", courier, Filings.unique("k"), manifestWith(tn));
        assertProblem(again, 422, "/problems/validation");
        assertThat(again.body().at("/errors/0/pointer").asString()).isEqualTo("/consignments/0/trackingNumber");
        assertThat(again.body().at("/errors/0/code").asString()).isEqualTo("already-filed");
    }

    @Test
    void oversizedBodyIsA413() {
        String huge = "{\"manifestRef\":\"" + "x".repeat(2_100_000) + "\"}";
        assertProblem(api.post("/api/v1/manifests", courier, Filings.unique("k"), "application/json", huge), 413,
                "/problems/payload-too-large");
    }

    @Test
    void wrongContentTypeIsA415() {
        assertProblem(api.post("/api/v1/manifests", courier, Filings.unique("k"), "text/plain", "hello"), 415,
                "/problems/unsupported-media-type");
    }

    @Test
    void noTokenIsA401AndTheWrongRoleA403() {
        assertProblem(api.post("/api/v1/manifests", null, Filings.unique("k"), manifestWith(Filings.unique("CRV"))), 401,
                "/problems/unauthenticated");
        assertProblem(api.post("/api/v1/manifests", "not-a-token", Filings.unique("k"), manifestWith(Filings.unique("CRV"))),
                401, "/problems/unauthenticated");
        String platform = as(Role.PLATFORM, null);
        assertProblem(api.post("/api/v1/manifests", platform, Filings.unique("k"), manifestWith(Filings.unique("CRV"))), 403,
                "/problems/forbidden");
    }

    @Test
    void jsonLinesManifestsAreAcceptedLikeJson() {
        Map<String, Object> manifest = manifestWith(Filings.unique("CRV"), Filings.unique("CRV"));
        @SuppressWarnings("unchecked")
        List<Object> lines = (List<Object>) manifest.remove("consignments");
        StringBuilder body = new StringBuilder(Api.JSON.writeValueAsString(manifest)).append('\n');
        lines.forEach(l -> body.append(Api.JSON.writeValueAsString(l)).append('\n'));
        Reply r = api.post("/api/v1/manifests", courier, Filings.unique("k"), "application/x-ndjson", body.toString());
        assertThat(r.status()).isEqualTo(202);
        assertThat(r.body().get("consignments").size()).isEqualTo(2);
    }

    @Test
    void everyBadJsonLineIsReportedWithItsLineNumberAndNothingIsStored() {
        String good = Filings.unique("CRV");
        String alsoGood = Filings.unique("CRV");
        Map<String, Object> manifest = manifestWith(good, Filings.unique("CRV"), Filings.unique("CRV"), alsoGood);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> lines = (List<Map<String, Object>>) manifest.remove("consignments");
        @SuppressWarnings("unchecked")
        var wrongType = (Map<String, Object>) ((List<?>) lines.get(1).get("items")).get(0);
        wrongType.put("quantity", "two");
        lines.get(2).put("declaredValue", "-5.00");
        String body = Api.JSON.writeValueAsString(manifest) + "\n"          // line 1: the master consignment
                + Api.JSON.writeValueAsString(lines.get(0)) + "\n"           // line 2
                + "{\"trackingNumber\": \"CRV-BROKEN\", \n"                 // line 3: not JSON
                + Api.JSON.writeValueAsString(lines.get(1)) + "\n"           // line 4: quantity "two"
                + Api.JSON.writeValueAsString(lines.get(2)) + "\n"           // line 5: negative value
                + Api.JSON.writeValueAsString(lines.get(3)) + "\n";          // line 6

        Reply r = api.post("/api/v1/manifests", courier, Filings.unique("k"), "application/x-ndjson", body);

        assertProblem(r, 400, "/problems/malformed-json");
        JsonNode errors = r.body().get("errors");
        assertThat(errors).extracting(e -> e.get("line").asInt()).containsExactly(3, 4, 5);
        assertThat(errors.get(0).get("code").asString()).isEqualTo("malformed");
        assertThat(errors.get(1).get("pointer").asString()).isEqualTo("/items/0/quantity");
        assertThat(errors.get(1).get("code").asString()).isEqualTo("malformed");
        assertThat(errors.get(2).get("pointer").asString()).isEqualTo("/consignments/3/declaredValue");
        assertThat(errors.get(2).get("code").asString()).isEqualTo("not-positive");
        assertThat(api.get("/api/v1/consignments/" + good, courier).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/consignments/" + alsoGood, courier).status()).isEqualTo(404);
    }

    @Test
    void invalidJsonLinesNameTheirLineAndOnlyTheFirstHundredAreListed() {
        Map<String, Object> manifest = manifestWith(Filings.unique("CRV"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> lines = (List<Map<String, Object>>) manifest.remove("consignments");
        lines.get(0).put("grossMassKg", "heavy");
        String valid = Api.JSON.writeValueAsString(manifest) + "\n\n" + Api.JSON.writeValueAsString(lines.get(0)) + "\n";
        Reply invalid = api.post("/api/v1/manifests", courier, Filings.unique("k"), "application/x-ndjson", valid);
        assertProblem(invalid, 422, "/problems/validation");
        assertThat(invalid.body().at("/errors/0/pointer").asString()).isEqualTo("/consignments/0/grossMassKg");
        assertThat(invalid.body().at("/errors/0/line").asInt()).as("after a blank line 2").isEqualTo(3);

        Reply many = api.post("/api/v1/manifests", courier, Filings.unique("k"), "application/x-ndjson",
                Api.JSON.writeValueAsString(manifest) + "\n" + "not json\n".repeat(150));
        assertProblem(many, 400, "/problems/malformed-json");
        assertThat(many.body().get("errors").size()).isEqualTo(100);
        assertThat(many.body().at("/errors/99/line").asInt()).isEqualTo(101);
        assertThat(many.body().get("detail").asString()).contains("50 more");
    }

    static void assertProblem(Reply r, int status, String type) {
        assertThat(r.status()).as(r.raw()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.body().get("type").asString()).isEqualTo(type);
        assertThat(r.body().get("detail").asString()).isNotBlank();
    }

    static List<String> pointers(JsonNode problem) {
        return problem.get("errors").findValuesAsString("pointer");
    }

    static List<String> codes(JsonNode problem) {
        return problem.get("errors").findValuesAsString("code");
    }
}
