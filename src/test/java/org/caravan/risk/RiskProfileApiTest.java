package org.caravan.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.caravan.party.Role;
import org.caravan.simulator.CaravanClient.Reply;
import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * {@code PUT /api/v1/risk/profiles/{jurisdiction}} end to end: a parcel without an order is
 * released under the bundled profile, held for documents as soon as a stricter version is
 * loaded, and a malformed document is refused with its line and field while the version in
 * force keeps deciding. In a database of its own, so no other test is screened by these.
 */
@ActiveProfiles("test")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:caravan-risk-profile-api;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class RiskProfileApiTest extends ApiTest {

    static final String PATH = "/api/v1/risk/profiles/KZ";
    static final String STRICT = RiskProfilesTest.strict("kz-strict", "30");

    String officer;
    String courier;

    @BeforeEach
    void parties() {
        officer = as(Role.OFFICER, "KZ");
        courier = as(Role.COURIER, null);
    }

    Reply load(String token, String contentType, String reason, String document) {
        return api.put(PATH, token, contentType, reason == null ? Map.of() : Map.of("Change-Reason", reason), document);
    }

    /** Files a cheap T-shirt without a platform order and answers its status. */
    String parcelWithoutOrder() {
        String tracking = Filings.unique("CRV");
        Reply filed = api.post("/api/v1/manifests", courier, Filings.unique("k"), Filings.manifest(Filings.unique("MAWB-"),
                "KZ", List.of(Filings.line(tracking, null, null, "KZ", "KZ-P1", "Aigerim Sadykova", "610910", 1, "20.00",
                        "0.300"))));
        assertThat(filed.status()).as(filed.raw()).isEqualTo(202);
        return api.awaitDecision(tracking, officer).at("/cases/0/status").asString();
    }

    @Test
    void aMissingOrderIsReleasedUntilAStricterProfileIsLoadedWhichTakesEffectAtOnce() {
        // the tests share a store: start from a version that weighs a missing order as the bundled profile does
        assertThat(load(officer, "application/yaml", "as bundled", RiskProfilesTest.strict("kz-lenient", "20")).status())
                .isEqualTo(201);
        assertThat(parcelWithoutOrder()).isEqualTo("RELEASED_PRE_ARRIVAL");
        Reply loaded = load(officer, "application/yaml", "every platform of the pilot files its orders", STRICT);
        assertThat(loaded.status()).as(loaded.raw()).isEqualTo(201);
        assertThat(loaded.body().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(parcelWithoutOrder()).isEqualTo("HELD_FOR_DOCUMENTS");

        Reply active = api.get(PATH, officer);
        assertThat(active.status()).isEqualTo(200);
        assertThat(active.body().get("document").asString()).isEqualTo(STRICT);
        assertThat(active.body().get("version").asInt()).isEqualTo(loaded.body().get("version").asInt());
    }

    @Test
    void aMalformedDocumentIsRefusedWithItsLineAndFieldAndThePreviousVersionKeepsDeciding() {
        assertThat(load(officer, "text/yaml", "start strict", STRICT).status()).isEqualTo(201);
        Reply refused = load(officer, "application/yaml", "a typo", STRICT.replace("{score: 30}", "{score: 30, lane: AMBER}"));
        assertThat(refused.status()).as(refused.raw()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("line").asInt()).isEqualTo(9);
        assertThat(refused.body().get("field").asString()).isEqualTo("signals.order-not-found.lane");
        assertThat(refused.body().at("/errors/0/pointer").asString()).isEqualTo("/signals/order-not-found/lane");
        assertThat(refused.body().get("detail").asString()).contains("'AMBER' is not one of [GREEN, YELLOW, RED]");
        assertThat(api.get(PATH, officer).body().get("profileId").asString()).isEqualTo("kz-strict");
        assertThat(parcelWithoutOrder()).isEqualTo("HELD_FOR_DOCUMENTS");
    }

    @Test
    void aRuleThatAsksForADocumentOpensTheRequestWithTheCase() {
        String json = """
                {"id": "kz-invoices", "jurisdiction": "KZ", "validFrom": "2020-01-01", "basis": "crafted for the test",
                 "yellowScore": 30, "redScore": 60, "randomInspectionRate": "0",
                 "signals": {"order-not-found": {"score": 10}},
                 "rules": [{"id": "garment-invoices", "description": "knitted garments need the seller's invoice",
                            "when": {"hs": "6109"}, "then": {"lane": "YELLOW", "requestDocument": "INVOICE"}}]}
                """;
        assertThat(load(officer, "application/json", "invoices for garments", json).status()).isEqualTo(201);
        String tracking = Filings.unique("CRV");
        assertThat(api.post("/api/v1/manifests", courier, Filings.unique("k"), Filings.manifest(Filings.unique("MAWB-"),
                "KZ", List.of(Filings.line(tracking, null, null, "KZ", "KZ-P2", "Aigerim Sadykova", "610910", 1, "20.00",
                        "0.300")))).status()).isEqualTo(202);
        var decided = api.awaitDecision(tracking, officer).at("/cases/0");
        assertThat(decided.get("status").asString()).isEqualTo("HELD_FOR_DOCUMENTS");
        assertThat(decided.at("/documentRequests/0/kind").asString()).isEqualTo("INVOICE");
        assertThat(decided.at("/documentRequests/0/state").asString()).isEqualTo("OPEN");
        assertThat(decided.at("/documentRequests/0/reason").asString()).startsWith("garment-invoices: ");
        assertThat(decided.get("documentRequests")).hasSize(1);
    }

    @Test
    void aJsonDocumentLoadsAndTheHistoryTellsWhoLoadedEachVersionAndWhy() {
        String json = """
                {"id": "kz-json", "jurisdiction": "KZ", "validFrom": "2020-01-01", "basis": "crafted for the test",
                 "yellowScore": 30, "redScore": 60, "randomInspectionRate": "0",
                 "signals": {"order-not-found": {"score": 10}}}
                """;
        String admin = as(Role.ADMIN, null);
        assertThat(load(admin, "application/json", "lenient while platforms join", json).status()).isEqualTo(201);
        Reply history = api.get(PATH + "/history", officer);
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body().get(0).get("profileId").asString()).isEqualTo("kz-json");
        assertThat(history.body().get(0).get("format").asString()).isEqualTo("JSON");
        assertThat(history.body().get(0).get("reason").asString()).isEqualTo("lenient while platforms join");
        assertThat(history.body().get(0).get("loadedBy").asString()).startsWith("admin-");
    }

    @Test
    void theReasonIsRequiredAndOnlyTheJurisdictionsOfficersOrAnAdminMayLoadOrRead() {
        Reply noReason = load(officer, "application/yaml", null, STRICT);
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.body().at("/errors/0/header").asString()).isEqualTo("Change-Reason");
        assertThat(load(as(Role.OFFICER, "UZ"), "application/yaml", "not mine", STRICT).status()).isEqualTo(404);
        assertThat(load(courier, "application/yaml", "a trader", STRICT).status()).isEqualTo(403);
        assertThat(api.get(PATH + "/history", courier).status()).isEqualTo(403);
        assertThat(load(officer, "text/csv", "wrong type", STRICT).status()).isEqualTo(415);
    }
}
