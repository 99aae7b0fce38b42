package org.caravan.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.caravan.party.Role;
import org.caravan.reference.ExchangeRates;
import org.caravan.simulator.CaravanClient.Reply;
import org.caravan.support.Api;
import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The corridor's regimes through the API: the declarant's channel chooses the regime (an
 * e-commerce operator's goods under the EAEU e-commerce regime, a post's items under the
 * postal limit), a monthly quota follows a recipient named without a consumer id across
 * couriers, a seller's parcels on one conveyance are counted together, and an
 * administration pins a regime. Runs on H2 and on PostgreSQL.
 */
public abstract class CorridorRegimes extends ApiTest {

    @Autowired
    ExchangeRates rates;

    @LocalServerPort
    int port;

    @Test
    @SuppressWarnings("unchecked")
    void anEcommerceOperatorsGoodsAreAssessedUnderTheEcommerceGoodsRegime() {
        String operator = as(Role.ECOMMERCE_OPERATOR, null);
        String officer = as(Role.OFFICER, "KZ");
        String tn = Filings.unique("CRE");
        Map<String, Object> line = Filings.line(tn, null, null, "KZ", "KZ-E1", "Aigerim Sadykova", "851713", 1, "349.00", "0.500");
        ((Map<String, Object>) line.get("consignee")).put("address", Map.of("city", "Almaty", "postcode", "050000",
                "country", "KZ"));
        Reply filed = api.post("/api/v1/manifests", operator, Filings.unique("k"), Filings.manifest(Filings.unique("MAWB-"),
                "KZ", List.of(line)));
        assertThat(filed.status()).isEqualTo(202);
        JsonNode assessment = api.awaitDecision(tn, officer).at("/cases/0/assessment");
        assertThat(assessment.at("/regime/id").asString()).isEqualTo("EAEU-ECOMMERCE-GOODS-2026");
        assertThat(assessment.at("/regime/confidence").asString()).isEqualTo("MEDIUM");
        assertThat(assessment.at("/regime/caveat").asString()).contains("EAEU-PERSONAL-USE-2020");
        // duty 15.043103 EUR x 620 = 9,326.72 KZT; VAT 16 % x 315.905172 EUR = 50.544828 EUR x 620 = 31,337.79 KZT
        assertThat(types(assessment)).containsExactly("DUTY", "VAT");
        assertThat(assessment.at("/charges/0/due/amount").asString()).isEqualTo("9326.72");
        assertThat(assessment.at("/charges/1/due/amount").asString()).isEqualTo("31337.79");
        assertThat(assessment.at("/charges/1/explanation").asString()).contains("16 % of the value plus duty");
        assertThat(assessment.at("/totalDue/amount").asString()).isEqualTo("40664.51");
        // the consumer who proves the postcode reads each line in plain Russian
        JsonNode tracked = track(tn, "050000", "ru");
        assertThat(tracked.at("/amountsDue/0/amount").asString()).isEqualTo("40664.51");
        assertThat(tracked.at("/amountsDue/0/lines/0/explanation").asString())
                .isEqualTo("Таможенная пошлина: 5 % от стоимости товаров 300.86 EUR, итого 9326.72 KZT.");
        assertThat(tracked.at("/amountsDue/0/lines/1/explanation").asString())
                .isEqualTo("Ввозной НДС: 16 % от стоимости товаров вместе с пошлиной (315.91 EUR), итого 31337.79 KZT.");
        assertThat(track(tn, "050000", "en").at("/amountsDue/0/lines/1/explanation").asString())
                .isEqualTo("Import VAT: 16 % of the goods' value plus duty (315.91 EUR), so 31337.79 KZT.");
        assertThat(track(tn, null, "en").has("amountsDue")).as("nothing without the proof").isFalse();
        // the same goods by an express courier fall under the same regime since 1 July 2026
        String courier = as(Role.COURIER, null);
        String tn2 = Filings.unique("CRE");
        api.post("/api/v1/manifests", courier, Filings.unique("k"), Filings.manifest(Filings.unique("MAWB-"), "KZ",
                List.of(Filings.line(tn2, null, null, "KZ", "KZ-E2", "Aigerim Sadykova", "851713", 1, "349.00", "0.500"))));
        assertThat(api.awaitDecision(tn2, officer).at("/cases/0/assessment/totalDue/amount").asString()).isEqualTo("40664.51");
    }

    @Test
    void aPostsItemsFallUnderThePostalLimit() {
        String post = as(Role.POST, null);
        String officer = as(Role.OFFICER, "UZ");
        String within = Filings.unique("CRP");
        String over = Filings.unique("CRP");
        Reply filed = api.post("/api/v1/manifests", post, Filings.unique("k"), Filings.manifest(Filings.unique("MAWB-"), "UZ",
                List.of(Filings.line(within, null, null, "UZ", null, "Bobur Aliyev", "610910", 1, "100.00", "0.400"),
                        Filings.line(over, null, null, "UZ", null, "Malika Tursunova", "610910", 1, "100.01", "0.400"))));
        assertThat(filed.status()).isEqualTo(202);
        JsonNode first = api.awaitDecision(within, officer).at("/cases/0/assessment");
        assertThat(first.at("/regime/id").asString()).isEqualTo("UZ-POSTAL-2025");
        assertThat(first.at("/dutyFree").asBoolean()).isTrue();
        assertThat(first.at("/charges").size()).as("the courier fee is not levied on postal items").isZero();
        JsonNode second = api.awaitDecision(over, officer).at("/cases/0");
        assertThat(second.at("/status").asString()).isEqualTo("HELD_FOR_DOCUMENTS");
        assertThat(second.at("/assessment/holds/0/reason").asString()).isEqualTo("CHARGE_NOT_CONFIRMED");
    }

    @Test
    void aMonthlyQuotaFollowsARecipientNamedWithoutAConsumerIdAcrossCouriers() {
        String courierA = as(Role.COURIER, null);
        String courierB = as(Role.COURIER, null);
        String officer = as(Role.OFFICER, "UZ");
        String name = "Dilnoza " + Filings.unique("Q");
        String first = Filings.unique("CRQ");
        String second = Filings.unique("CRQ");
        api.post("/api/v1/manifests", courierA, Filings.unique("k"), Filings.manifest(Filings.unique("MAWB-"), "UZ",
                List.of(Filings.line(first, null, null, "UZ", null, name, "610910", 1, "150.00", "0.400"))));
        assertThat(api.awaitDecision(first, officer).at("/cases/0/assessment/dutyFree").asBoolean()).isTrue();
        // the same person, written in capitals with the words the other way round, by another courier
        String sameName = name.toUpperCase().split(" ")[1] + ", " + name.toUpperCase().split(" ")[0];
        api.post("/api/v1/manifests", courierB, Filings.unique("k"), Filings.manifest(Filings.unique("MAWB-"), "UZ",
                List.of(Filings.line(second, null, null, "UZ", null, sameName, "610910", 1, "80.00", "1.500"))));
        JsonNode later = api.awaitDecision(second, officer).at("/cases/0");
        assertThat(later.at("/assessment/allowance/usedBefore/amount").asString()).startsWith("150");
        assertThat(later.at("/assessment/excessValue/amount").asString()).startsWith("30");
        assertThat(later.at("/assessment/holds/0/reason").asString()).isEqualTo("CHARGE_NOT_CONFIRMED");
        // the courier's clearance fee: 2 % of 412,000 UZS per kg, 1.5 kg counting as 2 kg
        JsonNode fee = later.at("/assessment/charges/0");
        assertThat(fee.at("/type").asString()).isEqualTo("FEE");
        assertThat(fee.at("/payer").asString()).isEqualTo("DECLARANT");
        assertThat(fee.at("/due/amount").asString()).isEqualTo("16480.00");
    }

    @Test
    void aSellersParcelsOnOneConveyanceAreCountedTogetherInGeorgia() throws IOException {
        Path fx = Files.createTempFile("national-fx", ".csv");
        Files.writeString(fx, "currency,date,per,rate,source\nGEL,2026-01-01,USD,2.70,test rate\n");
        rates.importNational(fx);
        String[] platformId = new String[1];
        String platform = platform(platformId);
        String courier = as(Role.COURIER, null);
        String officer = as(Role.OFFICER, "GE");
        List<Map<String, Object>> lines = new ArrayList<>();
        List<String> tns = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String ref = Filings.unique("GE-");
            assertThat(api.post("/api/v1/orders", platform, Filings.unique("k"),
                    Filings.order(ref, "GE", "GE-C" + i, "Nino Beridze " + i, "851713", 1, "100.00")).status()).isEqualTo(201);
            String tn = Filings.unique("CRG");
            tns.add(tn);
            lines.add(Filings.line(tn, platformId[0], ref, "GE", null, "Nino Beridze " + i, "851713", 1, "100.00", "0.400"));
        }
        Map<String, Object> manifest = Filings.manifest(Filings.unique("MAWB-"), "GE", lines);
        manifest.put("arrival", Map.of("country", "GE", "location", "GETBS", "expectedAt", "2026-11-22T04:30:00Z"));
        assertThat(api.post("/api/v1/manifests", courier, Filings.unique("k"), manifest).status()).isEqualTo(202);
        // 100 USD x 2.70 = 270 GEL: within 300 GEL alone; the seller's second parcel makes 540 GEL together,
        // so it pays import VAT 18 % of 270 GEL = 48.60 GEL (duty 0 % on phones)
        JsonNode firstCase = api.awaitDecision(tns.get(0), officer).at("/cases/0/assessment");
        assertThat(firstCase.at("/regime/id").asString()).isEqualTo("GE-PARCELS-2009");
        assertThat(firstCase.at("/dutyFree").asBoolean()).isTrue();
        JsonNode secondCase = api.awaitDecision(tns.get(1), officer).at("/cases/0/assessment");
        assertThat(secondCase.at("/allowance/usedBefore/amount").asString()).startsWith("270");
        assertThat(secondCase.at("/totalDue/amount").asString()).isEqualTo("48.60");
        assertThat(secondCase.at("/totalDue/currency").asString()).isEqualTo("GEL");
    }

    @Test
    void anAdministrationPinsTheEarlierRegimeUntilItConfirmsTheStart() {
        String officer = as(Role.OFFICER, "KG");
        String foreignOfficer = as(Role.OFFICER, "UZ");
        String courier = as(Role.COURIER, null);
        assertThat(api.put("/api/v1/jurisdictions/KG/regime-pin", foreignOfficer,
                Map.of("regimeId", "EAEU-PERSONAL-USE-2020", "reason", "not mine")).status()).isEqualTo(404);
        Reply noReason = api.put("/api/v1/jurisdictions/KG/regime-pin", officer, Map.of("regimeId", "EAEU-PERSONAL-USE-2020"));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.raw()).contains("/reason");
        Reply foreignRegime = api.put("/api/v1/jurisdictions/KG/regime-pin", officer,
                Map.of("regimeId", "UZ-POSTAL-2025", "reason", "wrong"));
        assertThat(foreignRegime.status()).isEqualTo(422);
        assertThat(foreignRegime.raw()).contains("/regimeId");
        try {
            Reply pinned = api.put("/api/v1/jurisdictions/KG/regime-pin", officer,
                    Map.of("regimeId", "EAEU-PERSONAL-USE-2020", "reason", "the e-commerce regime has not started here"));
            assertThat(pinned.status()).isEqualTo(200);
            JsonNode regimes = api.get("/api/v1/jurisdictions/KG/regimes", courier).body();
            assertThat(regimes.at("/pin/regimeId").asString()).isEqualTo("EAEU-PERSONAL-USE-2020");
            assertThat(regimes.at("/inForce/0/channel").asString()).isEqualTo("COURIER");
            assertThat(regimes.at("/inForce/0/regimeId").asString()).isEqualTo("EAEU-PERSONAL-USE-2020");
            assertThat(regimes.at("/regimes").size()).isEqualTo(2);
            String tn = Filings.unique("CRK");
            Map<String, Object> manifest = Filings.manifest(Filings.unique("MAWB-"), "KG",
                    List.of(Filings.line(tn, null, null, "KG", "KG-1", "Aibek Osmonov", "851713", 1, "348.00", "0.500")));
            manifest.put("arrival", Map.of("country", "KG", "location", "KGFRU", "expectedAt", "2026-11-22T04:30:00Z"));
            assertThat(api.post("/api/v1/manifests", courier, Filings.unique("k"), manifest).status()).isEqualTo(202);
            // 348 USD / 1.16 = 300 EUR; 15 % of the 100 EUR excess = 15 EUR x 101.5 = 1,522.50 KGS
            JsonNode assessment = api.awaitDecision(tn, as(Role.OFFICER, "KG")).at("/cases/0/assessment");
            assertThat(assessment.at("/regime/id").asString()).isEqualTo("EAEU-PERSONAL-USE-2020");
            assertThat(assessment.at("/totalDue/amount").asString()).isEqualTo("1522.50");
        } finally {
            assertThat(api.put("/api/v1/jurisdictions/KG/regime-pin", officer,
                    java.util.Collections.singletonMap("reason", "start confirmed")).status()).isEqualTo(200);
        }
        JsonNode history = api.get("/api/v1/jurisdictions/KG/regime-pin/history", courier).body();
        assertThat(history.get(history.size() - 1).at("/reason").asString()).isEqualTo("start confirmed");
        assertThat(api.get("/api/v1/jurisdictions/KG/regimes", courier).body().at("/inForce/0/regimeId").asString())
                .isEqualTo("EAEU-ECOMMERCE-GOODS-2026");
    }

    @Test
    void theRegimesReadAndPinRefuseBadInputWithAProblemNamingTheField() {
        String courier = as(Role.COURIER, null);
        String officer = as(Role.OFFICER, "KZ");
        Reply badDate = api.get("/api/v1/jurisdictions/KZ/regimes?on=2026-13-01", courier);
        assertThat(badDate.status()).isEqualTo(422);
        assertThat(badDate.raw()).contains("/on");
        assertThat(api.get("/api/v1/jurisdictions/XX/regimes", courier).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/jurisdictions/kz/regimes", courier).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/jurisdictions/KZ/regimes", null).status()).isEqualTo(401);
        assertThat(api.put("/api/v1/jurisdictions/KZ/regime-pin", courier,
                Map.of("regimeId", "EAEU-PERSONAL-USE-2020", "reason", "not an officer")).status()).isEqualTo(403);
        assertThat(api.put("/api/v1/jurisdictions/KZ/regime-pin", officer, "null").status()).isEqualTo(400);
        assertThat(api.put("/api/v1/jurisdictions/KZ/regime-pin", officer, "{\"regimeId\": 5").status()).isEqualTo(400);
        Reply longReason = api.put("/api/v1/jurisdictions/KZ/regime-pin", officer,
                Map.of("regimeId", "EAEU-PERSONAL-USE-2020", "reason", "x".repeat(1001)));
        assertThat(longReason.status()).isEqualTo(422);
        assertThat(longReason.raw()).contains("/reason");
        assertThat(api.get("/api/v1/jurisdictions/KZ/regime-pin/history", courier).body().toString())
                .doesNotContain("not an officer");
        JsonNode all = api.get("/api/v1/jurisdictions", courier).body();
        assertThat(all.size()).isEqualTo(10);
    }

    private JsonNode track(String tn, String proof, String language) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/tracking/" + tn))
                    .header("Accept-Language", language);
            if (proof != null) {
                request.header("Caravan-Consignee-Proof", proof);
            }
            HttpResponse<String> answer = HttpClient.newHttpClient().send(request.GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);
            return Api.JSON.readTree(answer.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> types(JsonNode assessment) {
        List<String> types = new ArrayList<>();
        assessment.at("/charges").forEach(c -> types.add(c.at("/type").asString()));
        return types;
    }
}
