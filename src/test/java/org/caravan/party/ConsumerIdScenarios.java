package org.caravan.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.caravan.simulator.CaravanClient.Reply;
import org.caravan.support.Api;
import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * Pseudonymous consumer ids through the public API: customs issue one per person, answer a
 * second issue without giving the id away, revoke and reissue it; filings quoting an id are
 * refused when it is malformed, unknown or revoked; a reissued id continues the person's
 * monthly quota; no other role or country may issue or read an id. Runs on H2 and PostgreSQL.
 */
public abstract class ConsumerIdScenarios extends ApiTest {

    private static final String IDS = "/api/v1/consumer-ids";

    @Autowired
    ConsumerIds consumerIds;

    private String officerKz;
    private String officerUz;

    @BeforeEach
    void officers() {
        officerKz = as(Role.OFFICER, "KZ");
        officerUz = as(Role.OFFICER, "UZ");
    }

    @Test
    void anOfficerIssuesOneIdPerPersonAndASecondIssueDoesNotGiveItAway() {
        String nationalId = nationalId();
        Reply issued = issue(officerKz, "KZ", nationalId);
        assertThat(issued.status()).as(issued.raw()).isEqualTo(201);
        String id = issued.body().get("consumerId").asString();
        assertThat(ConsumerId.isWellFormed(id)).isTrue();
        assertThat(id).startsWith("KZ-P");
        assertThat(issued.body().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(issued.raw()).doesNotContain(nationalId);

        // the same person, the number written another way: refused, the standing told, the id not
        String spaced = nationalId.substring(0, 6) + " " + nationalId.substring(6);
        Reply again = issue(as(Role.ADMIN, null), "KZ", spaced);
        assertThat(again.status()).as(again.raw()).isEqualTo(409);
        assertThat(again.body().get("type").asString()).endsWith("consumer-id-already-issued");
        assertThat(again.raw()).contains("in use since").doesNotContain(id).doesNotContain(nationalId.substring(0, 6));

        // another person, and the same number as a passport, are other persons
        assertThat(issue(officerKz, "KZ", nationalId()).status()).isEqualTo(201);
        Reply passport = api.post(IDS, officerKz, null,
                Map.of("country", "KZ", "passport", Map.of("number", nationalId, "country", "DE")));
        assertThat(passport.status()).as(passport.raw()).isEqualTo(201);

        Reply shown = api.get(IDS + "/" + id, officerKz);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body().get("issuedAt").isString()).isTrue();
        assertThat(shown.raw()).doesNotContain(nationalId);
    }

    @Test
    void aRequestWithoutAUsableDocumentIsRefusedNamingTheField() {
        assertProblem(api.post(IDS, officerKz, null, Map.of("country", "KZ")), 422, "/nationalId", "required");
        assertProblem(api.post(IDS, officerKz, null, Map.of("nationalId", nationalId())), 422, "/country", "required");
        assertProblem(api.post(IDS, officerKz, null, Map.of("country", "KZ", "nationalId", "x")), 422, "/nationalId",
                "not-a-document-number");
        assertProblem(api.post(IDS, officerKz, null, Map.of("country", "KZ", "nationalId", nationalId(),
                "passport", Map.of("number", "N1234567", "country", "KZ"))), 422, "/passport", "one-document");
        assertProblem(api.post(IDS, officerKz, null, Map.of("country", "KZ", "passport", Map.of("number", "N1234567"))),
                422, "/passport/country", "required");
        assertProblem(api.post(IDS, officerKz, null, Map.of("country", "QQ", "nationalId", nationalId())), 422,
                "/country", "not-iso-3166");
        String id = issued(officerKz, "KZ");
        assertProblem(api.post(IDS + "/" + id + "/revocation", officerKz, null, Map.of()), 422, "/reason", "required");
        assertProblem(api.post(IDS + "/" + id + "/reissue", officerKz, null, Map.of("reason", " ")), 422, "/reason",
                "required");
    }

    @Test
    void onlyTheCustomsOfTheCountryOrAnAdminIssueOrReadAnId() {
        String id = issued(officerKz, "KZ");
        for (Role role : List.of(Role.PLATFORM, Role.COURIER, Role.POST, Role.ECOMMERCE_OPERATOR)) {
            String token = as(role, null);
            assertThat(issue(token, "KZ", nationalId()).status()).as(role.name()).isEqualTo(403);
            assertThat(api.get(IDS + "/" + id, token).status()).as(role.name()).isEqualTo(403);
            assertThat(api.post(IDS + "/" + id + "/revocation", token, null, Map.of("reason", "x")).status())
                    .as(role.name()).isEqualTo(403);
        }
        assertThat(issue(as(Role.ISSUING_AGENCY, "KZ"), "KZ", nationalId()).status()).isEqualTo(403);
        assertThat(api.get(IDS + "/" + id, null).status()).isEqualTo(401);
        // an officer of Uzbekistan neither issues a Kazakh id nor learns that one exists
        assertThat(issue(officerUz, "KZ", nationalId()).status()).isEqualTo(403);
        Reply foreign = api.get(IDS + "/" + id, officerUz);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.raw()).isEqualTo(api.get(IDS + "/KZ-P000000000000", officerUz).raw().replace(
                "KZ-P000000000000", id));
        assertThat(api.post(IDS + "/" + id + "/revocation", officerUz, null, Map.of("reason", "x")).status())
                .isEqualTo(404);
        assertThat(api.post(IDS + "/" + id + "/reissue", officerUz, null, Map.of("reason", "x")).status())
                .isEqualTo(404);
        assertThat(api.get(IDS + "/" + id, officerKz).body().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(api.get(IDS + "/" + id, as(Role.ADMIN, null)).status()).isEqualTo(200);
        assertThat(api.get(IDS + "/not-an-id", officerKz).status()).isEqualTo(404);
    }

    @Test
    void aRevokedIdIsRefusedOnFilingsAndReissueGivesTheSamePersonANewOne() {
        String platform = platform(new String[1]);
        String id = issued(officerKz, "KZ");
        assertThat(fileOrder(platform, id).status()).isEqualTo(201);

        Reply revoked = api.post(IDS + "/" + id + "/revocation", officerKz, null, Map.of("reason", "leaked on a forum"));
        assertThat(revoked.status()).as(revoked.raw()).isEqualTo(200);
        assertThat(revoked.body().get("status").asString()).isEqualTo("REVOKED");
        assertThat(revoked.body().get("revocationReason").asString()).isEqualTo("leaked on a forum");
        assertThat(api.post(IDS + "/" + id + "/revocation", officerKz, null, Map.of("reason", "again")).status())
                .isEqualTo(409);
        assertProblem(fileOrder(platform, id), 422, "/buyer/consumerId", "consumer-id-revoked");

        Reply reissued = api.post(IDS + "/" + id + "/reissue", officerKz, null, Map.of("reason", "leaked on a forum"));
        assertThat(reissued.status()).as(reissued.raw()).isEqualTo(201);
        String successor = reissued.body().get("consumerId").asString();
        assertThat(successor).isNotEqualTo(id).startsWith("KZ-P");
        assertThat(api.get(IDS + "/" + id, officerKz).body().get("replacedBy").asString()).isEqualTo(successor);
        assertThat(fileOrder(platform, successor).status()).isEqualTo(201);
        // only the person's current id is reissued: a person never holds two usable ids
        Reply twice = api.post(IDS + "/" + id + "/reissue", officerKz, null, Map.of("reason", "again"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body().get("type").asString()).endsWith("consumer-id-replaced");
    }

    @Test
    void aPersonWhoLostTheIdIsReissuedOneByTheirDocumentAndTheOldOneStopsWorking() {
        String nationalId = nationalId();
        String lost = issue(officerKz, "KZ", nationalId).body().get("consumerId").asString();
        Reply replaced = api.post(IDS, officerKz, null, Map.of("country", "KZ", "nationalId", nationalId,
                "replacing", "the person lost it"));
        assertThat(replaced.status()).as(replaced.raw()).isEqualTo(201);
        String current = replaced.body().get("consumerId").asString();
        assertThat(current).isNotEqualTo(lost);
        assertThat(api.get(IDS + "/" + lost, officerKz).body().get("status").asString()).isEqualTo("REVOKED");
        assertThat(api.get(IDS + "/" + current, officerKz).body().get("status").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void aFilingQuotingANationalNumberAMistypedOrAnUnknownIdIsRefusedNamingTheField() throws Exception {
        String platform = platform(new String[1]);
        String courier = as(Role.COURIER, null);
        String good = issued(officerKz, "KZ");
        String mistyped = good.substring(0, 15) + (char) ('0' + (good.charAt(15) - '0' + 1) % 10);
        String unknown = unknownId();
        assertProblem(fileOrder(platform, "870412300123"), 422, "/buyer/consumerId", "not-a-consumer-id");
        assertProblem(fileOrder(platform, mistyped), 422, "/buyer/consumerId", "not-a-consumer-id");
        assertProblem(fileOrder(platform, unknown), 422, "/buyer/consumerId", "consumer-id-unknown");

        Map<String, Object> manifest = Filings.manifest(Filings.unique("MAWB-"), "KZ", List.of(
                line(good), line(unknown), line("870412300123")));
        Reply refused = api.post("/api/v1/manifests", courier, Filings.unique("k"), Api.JSON.writeValueAsString(manifest));
        assertThat(refused.status()).as(refused.raw()).isEqualTo(422);
        assertThat(refused.body().get("errors").findValuesAsString("pointer")).containsExactlyInAnyOrder(
                "/consignments/2/consignee/consumerId");
        manifest.put("consignments", new ArrayList<>(List.of(line(good), line(unknown))));
        refused = api.post("/api/v1/manifests", courier, Filings.unique("k"), Api.JSON.writeValueAsString(manifest));
        assertThat(refused.status()).as(refused.raw()).isEqualTo(422);
        assertThat(refused.body().at("/errors/0/pointer").asString()).isEqualTo("/consignments/1/consignee/consumerId");
        assertThat(refused.body().at("/errors/0/code").asString()).isEqualTo("consumer-id-unknown");
        assertThat(api.get("/api/v1/consignments/" + ((Map<?, ?>) ((List<?>) manifest.get("consignments")).get(0))
                .get("trackingNumber"), courier).status()).as("nothing of a refused manifest is stored").isEqualTo(404);

        manifest.put("consignments", new ArrayList<>(List.of(line(good))));
        Reply filed = api.post("/api/v1/manifests", courier, Filings.unique("k"), Api.JSON.writeValueAsString(manifest));
        assertThat(filed.status()).as(filed.raw()).isEqualTo(202);
    }

    /** One batched look-up per chunk of parcels, however many ids the manifest quotes. */
    @Test
    void aManifestsIdsAreLookedUpOncePerChunkNotOncePerParcel() throws Exception {
        String courier = as(Role.COURIER, null);
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            lines.add(line(api.consumerId("KZ-B" + i)));
        }
        Map<String, Object> manifest = Filings.manifest(Filings.unique("MAWB-"), "KZ", lines);
        long before = consumerIds.lookups();
        Reply filed = api.post("/api/v1/manifests", courier, Filings.unique("k"), Api.JSON.writeValueAsString(manifest));
        assertThat(filed.status()).as(filed.raw()).isEqualTo(202);
        assertThat(consumerIds.lookups() - before).isEqualTo(1);
    }

    @Test
    void aReissuedIdContinuesThePersonsMonthlyQuota() {
        String courier = as(Role.COURIER, null);
        String officer = as(Role.OFFICER, "UZ");
        String old = issued(officerUz, "UZ");
        String first = Filings.unique("CRQ");
        fileUz(courier, first, old);
        String successor = api.post(IDS + "/" + old + "/reissue", officerUz, null, Map.of("reason", "leaked"))
                .body().get("consumerId").asString();
        String second = Filings.unique("CRQ");
        fileUz(courier, second, successor);
        // 60 USD each against Uzbekistan's 200 USD a month per recipient: the new id sees the old id's 60
        assertThat(usedBefore(officer, first)).isEqualByComparingTo("0");
        assertThat(usedBefore(officer, second)).isEqualByComparingTo("60");
        // another person's id starts the month afresh
        String third = Filings.unique("CRQ");
        fileUz(courier, third, issued(officerUz, "UZ"));
        assertThat(usedBefore(officer, third)).isEqualByComparingTo("0");
    }

    private void fileUz(String courier, String tracking, String consumerId) {
        Reply r = api.post("/api/v1/manifests", courier, Filings.unique("k"), Filings.manifest(Filings.unique("MAWB-"),
                "UZ", List.of(Filings.line(tracking, null, null, "UZ", consumerId, "Dilnoza Karimova", "610910", 1,
                        "60.00", "0.400"))));
        assertThat(r.status()).as(r.raw()).isEqualTo(202);
    }

    private BigDecimal usedBefore(String officer, String tracking) {
        JsonNode c = api.awaitDecision(tracking, officer);
        return new BigDecimal(c.at("/cases/0/assessment/allowance/usedBefore/amount").asString());
    }

    private Reply fileOrder(String platform, String consumerId) {
        try {
            return api.post("/api/v1/orders", platform, Filings.unique("k"), Api.JSON.writeValueAsString(
                    Filings.order(Filings.unique("TM-"), "KZ", consumerId, "Aigerim Sadykova", "610910", 1, "20.00")));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> line(String consumerId) {
        return Filings.line(Filings.unique("CRV"), null, null, "KZ", consumerId, "Aigerim Sadykova", "610910", 1,
                "20.00", "0.400");
    }

    private Reply issue(String token, String country, String nationalId) {
        return api.post(IDS, token, null, Map.of("country", country, "nationalId", nationalId));
    }

    private String issued(String token, String country) {
        Reply r = issue(token, country, nationalId());
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        return r.body().get("consumerId").asString();
    }

    /** A well-formed id nobody was issued: the check digit holds, the digits are drawn anew. */
    private String unknownId() {
        return ConsumerId.generate(org.caravan.reference.CountryCode.of("KZ"), new java.security.SecureRandom()).value();
    }

    private static String nationalId() {
        return String.valueOf(100_000_000_000L + (long) (Math.random() * 899_999_999_999L));
    }

    private static void assertProblem(Reply reply, int status, String pointer, String code) {
        assertThat(reply.status()).as(reply.raw()).isEqualTo(status);
        assertThat(reply.body().at("/errors/0/pointer").asString()).as(reply.raw()).isEqualTo(pointer);
        assertThat(reply.body().at("/errors/0/code").asString()).as(reply.raw()).isEqualTo(code);
    }
}
