package org.caravan.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import org.caravan.party.Role;
import org.caravan.simulator.CaravanClient.Reply;
import org.caravan.support.Api;
import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * The consumer's view and the final mile, told as a story: a parcel is filed with the
 * consignee's postcode and phone, released, delivered or refused and returned; the consumer
 * sees the timeline by tracking number and more only after proving the postcode or the
 * phone's last digits. Runs on H2 and on PostgreSQL.
 */
@TestPropertySource(properties = {"caravan.tracking.trusted-proxies=127.0.0.1,0:0:0:0:0:0:0:1",
        "caravan.tracking.lookups-per-minute=60"})
public abstract class FinalMileScenario extends ApiTest {

    static final String NAME = "Dilnoza Karimova-Yusupova";
    static final String POSTCODE = "100084";
    static final String PHONE = "+998 90 123-45-67";
    static final String DESCRIPTION = "Noise-cancelling headphones, black";

    @LocalServerPort
    int localPort;

    @Autowired
    ConfigurableApplicationContext context;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theAnonymousViewShowsNothingPersonalAndAProofShowsTheAmountAndTheGoods() throws Exception {
        String courier = as(Role.COURIER, null);
        String recipient = Filings.unique("UZ-T");
        String tn = Filings.unique("CRT");
        file(courier, tn, recipient, "350.00");
        acceptDocuments(as(Role.OFFICER, "UZ"), tn, "15.00");
        String address = address();

        String anonymous = track(tn, null, "en", address).body();
        for (String personal : List.of(NAME, "Karimova", POSTCODE, PHONE, "4567", "350", DESCRIPTION, "headphones",
                "Chilanzar", recipient)) {
            assertThat(withoutTimesAndNumber(anonymous, tn)).as(personal).doesNotContainPattern(word(personal));
        }
        JsonNode view = Api.JSON.readTree(anonymous);
        assertThat(view.get("proven").asBoolean()).isFalse();
        assertThat(view.has("amountsDue")).isFalse();
        assertThat(view.has("goods")).isFalse();

        String wrong = track(tn, "100085", "en", address).body();
        assertThat(wrong).isEqualTo(anonymous);
        assertThat(track(tn, "4568", "en", address).body()).isEqualTo(anonymous);

        JsonNode byPostcode = Api.JSON.readTree(track(tn, " 100084 ", "en", address).body());
        assertThat(byPostcode.get("proven").asBoolean()).isTrue();
        assertThat(byPostcode.at("/goods/0").asString()).isEqualTo(DESCRIPTION);
        JsonNode byPhone = Api.JSON.readTree(track(tn, "4567", "en", address).body());
        assertThat(byPhone.get("proven").asBoolean()).isTrue();
        String proven = track(tn, "4567", "en", address).body();
        for (String personal : List.of(NAME, POSTCODE, PHONE, "Chilanzar", recipient)) {
            assertThat(withoutTimesAndNumber(proven, tn)).as(personal).doesNotContainPattern(word(personal));
        }
        assertThat(view.get("status").asString()).isEqualTo("PAYMENT_REQUIRED");
        assertThat(view.get("action").asString()).contains("platform or the courier").doesNotContain("15.00");
        assertThat(byPhone.at("/amountsDue/0/amount").asString()).isEqualTo("15.00");
        assertThat(byPhone.at("/amountsDue/0/currency").asString()).isEqualTo("USD");
        assertThat(byPhone.get("action").asString()).contains("15.00 USD");
        JsonNode russian = Api.JSON.readTree(track(tn, "4567", "ru", address).body());
        assertThat(russian.get("action").asString()).contains("15.00 USD").isNotEqualTo(byPhone.get("action").asString());
    }

    @Test
    void thePostcodeOfTheMatchedOrderProvesWhenTheManifestGivesOnlyACity() throws Exception {
        String[] platformId = new String[1];
        String platform = platform(platformId);
        String courier = as(Role.COURIER, null);
        String recipient = Filings.unique("UZ-O");
        String orderRef = Filings.unique("TM-");
        assertThat(api.post("/api/v1/orders", platform, Filings.unique("k"),
                Filings.order(orderRef, "UZ", recipient, NAME, "851830", 1, "50.00")).status()).isEqualTo(201);
        String tn = Filings.unique("CRT");
        Reply filed = api.post("/api/v1/manifests", courier, Filings.unique("k"), Filings.manifest(Filings.unique("MAWB-"),
                "UZ", List.of(Filings.line(tn, platformId[0], orderRef, "UZ", recipient, NAME, "851830", 1, "50.00", "0.500"))));
        assertThat(filed.status()).as(filed.raw()).isEqualTo(202);
        api.awaitDecision(tn, courier);
        String address = address();
        String anonymous = track(tn, null, "en", address).body();
        assertThat(withoutTimesAndNumber(anonymous, tn)).doesNotContainPattern(word("050000"));
        assertThat(track(tn, "050001", "en", address).body()).isEqualTo(anonymous);
        JsonNode proven = Api.JSON.readTree(track(tn, "050000", "en", address).body());
        assertThat(proven.get("proven").asBoolean()).isTrue();
        assertThat(proven.at("/goods/0").asString()).isEqualTo("Goods");
    }

    @Test
    void aSelectionForInspectionStaysMaskedInEveryLanguageAndAfterArrivalTheConsumerIsToldToWait() throws Exception {
        String courier = as(Role.COURIER, null);
        String tn = Filings.unique("CRT");
        assertThat(api.post("/api/v1/manifests", courier, Filings.unique("k"), Filings.manifest(Filings.unique("MAWB-"), "KZ",
                List.of(Filings.line(tn, null, null, "KZ", "KZ-P1", NAME, "240220", 1, "20.00", "0.50")))).status())
                .isEqualTo(202);
        api.awaitDecision(tn, courier);
        String address = address();
        for (String language : List.of("en", "ru", "kk", "uz", "ky", "tg")) {
            String before = track(tn, null, language, address).body();
            JsonNode view = Api.JSON.readTree(before);
            assertThat(view.get("status").asString()).isEqualTo("HELD_BY_CUSTOMS");
            assertThat(view.get("code").asString()).isEqualTo("HLD");
            assertThat(before).doesNotContain("INSPECTION").doesNotContain("inspection").doesNotContain("\"INS\"")
                    .doesNotContain("досмотр");
        }
        String before = Api.JSON.readTree(track(tn, null, "en", address).body()).get("action").asString();
        api.post("/api/v1/consignments/" + tn + "/arrival", courier, null, "application/json", "{}");
        JsonNode after = Api.JSON.readTree(track(tn, null, "en", address).body());
        assertThat(after.get("status").asString()).isEqualTo("ARRIVED");
        assertThat(after.get("action").asString()).contains("wait").isNotEqualTo(before);
    }

    @Test
    void textsFollowTheConsumersLanguage() throws Exception {
        String courier = as(Role.COURIER, null);
        String tn = Filings.unique("CRT");
        file(courier, tn, Filings.unique("UZ-T"), "50.00");
        String address = address();
        HttpResponse<String> en = track(tn, null, "en", address);
        HttpResponse<String> ru = track(tn, null, "ru-RU,ru;q=0.9", address);
        HttpResponse<String> kk = track(tn, null, "kk", address);
        HttpResponse<String> other = track(tn, null, "fr", address);
        assertThat(Api.JSON.readTree(en.body()).get("explanation").asString())
                .isNotEqualTo(Api.JSON.readTree(ru.body()).get("explanation").asString());
        assertThat(Api.JSON.readTree(ru.body()).get("language").asString()).isEqualTo("ru");
        assertThat(Api.JSON.readTree(kk.body()).get("explanation").asString())
                .isEqualTo(Api.JSON.readTree(ru.body()).get("explanation").asString());
        assertThat(Api.JSON.readTree(other.body()).get("explanation").asString())
                .isEqualTo(Api.JSON.readTree(en.body()).get("explanation").asString());
        assertThat(Api.JSON.readTree(en.body()).at("/timeline/0/code").asString()).isEqualTo("PRE");
    }

    @Test
    void proofAttemptsAreLimitedPerClientAddress() throws Exception {
        String courier = as(Role.COURIER, null);
        String tn = Filings.unique("CRT");
        file(courier, tn, Filings.unique("UZ-T"), "50.00");
        String address = address();
        int limited = 0;
        HttpResponse<String> last = null;
        long started = System.nanoTime();
        for (int i = 0; i < 30 && limited == 0; i++) {
            last = track(tn, "0000", "en", address);
            if (last.statusCode() == 429) {
                limited = i;
            }
        }
        // 10 at once, then one more every 6 s: a slow machine may earn one while the loop runs
        assertThat(limited).isBetween(10, 10 + refilled(started, 6));
        assertThat(last.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
        assertThat(Api.JSON.readTree(last.body()).get("type").asString()).endsWith("/problems/too-many-requests");
        // another address is not held back by this one, and looking without proof is not limited
        assertThat(track(tn, "0000", "en", address()).statusCode()).isEqualTo(200);
        assertThat(track(tn, null, "en", address).statusCode()).isEqualTo(200);
    }

    @Test
    void failedProofsOfOneParcelAreLimitedWhateverTheAddress() throws Exception {
        String courier = as(Role.COURIER, null);
        String tn = Filings.unique("CRT");
        file(courier, tn, Filings.unique("UZ-T"), "50.00");
        for (int i = 0; i < 20; i++) {
            assertThat(track(tn, "0000", "en", address()).statusCode()).as("guess " + i).isEqualTo(200);
        }
        HttpResponse<String> limited = track(tn, POSTCODE, "en", address());
        assertThat(limited.statusCode()).as("even the right proof, once guesses were spent").isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(track(tn, null, "en", address()).statusCode()).as("the timeline stays open").isEqualTo(200);
    }

    @Test
    void anonymousLookupsAreLimitedPerClientAddressAndAPartnersAreNot() throws Exception {
        String courier = as(Role.COURIER, null);
        String tn = Filings.unique("CRT");
        file(courier, tn, Filings.unique("UZ-T"), "50.00");
        String address = address();
        int answered = 0;
        long started = System.nanoTime();
        HttpResponse<String> limited = track(tn, null, "en", address);
        while (answered <= 200 && limited.statusCode() == 200) {
            answered++;
            limited = track(tn, null, "en", address);
        }
        // 60 at once, then one more every second the loop takes
        assertThat(answered).isBetween(60, 60 + refilled(started, 1));
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(track(tn, null, "en", address()).statusCode()).isEqualTo(200);
        HttpResponse<String> partner = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + localPort
                + "/api/v1/tracking/" + tn)).header("X-Forwarded-For", address).header("Authorization", "Bearer " + courier)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(partner.statusCode()).as("a courier looking with its token, from the same address").isEqualTo(200);
    }

    @Test
    void finalMileReportsInOrderOutOfOrderAndTwice() {
        String courier = as(Role.COURIER, null);
        String other = as(Role.COURIER, null);
        String tn = Filings.unique("CRT");
        file(courier, tn, Filings.unique("UZ-T"), "50.00");
        Instant early = Instant.now();

        // without a platform order and with nothing else against it, the parcel is released before arrival
        assertThat(api.awaitDecision(tn, as(Role.OFFICER, "UZ")).at("/cases/0/status").asString())
                .isEqualTo("RELEASED_PRE_ARRIVAL");
        assertThat(event(courier, tn, "DELIVERED", early).status()).isEqualTo(409); // released, not arrived
        assertThat(api.post("/api/v1/consignments/" + tn + "/arrival", courier, null, "application/json", "{}").status())
                .isEqualTo(200);
        Instant t = Instant.now();
        Reply beforeArrival = event(courier, tn, "DELIVERED", early.minusSeconds(3600));
        assertThat(beforeArrival.status()).isEqualTo(409);
        assertThat(beforeArrival.raw()).contains("/occurredAt");
        assertThat(event(other, tn, "DELIVERED", t.plusSeconds(120)).status()).isEqualTo(404);

        List<FinalMileEventReported> published = published(tn);
        Reply delivered = event(courier, tn, "DELIVERED", t.plusSeconds(120));
        assertThat(delivered.status()).as(delivered.raw()).isEqualTo(201);
        assertThat(delivered.body().get("code").asString()).isEqualTo("DLV");
        Reply late = event(courier, tn, "OUT_FOR_DELIVERY", t);
        assertThat(late.status()).isEqualTo(201);
        assertThat(late.body().get("state").asString()).isEqualTo("DELIVERED");
        Reply again = event(courier, tn, "DELIVERED", t.plusSeconds(120));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("recorded").asBoolean()).isFalse();
        assertThat(event(courier, tn, "OUT_FOR_DELIVERY", t.plusSeconds(180)).status()).isEqualTo(409);
        assertThat(published).extracting(FinalMileEventReported::type)
                .containsExactly(FinalMileEventType.DELIVERED, FinalMileEventType.OUT_FOR_DELIVERY);
        assertThat(published.get(0).location()).isEqualTo("UZTAS");
        assertThat(published.get(0).statusCode()).isEqualTo("DLV");

        JsonNode view = api.get("/api/v1/tracking/" + tn, null).body();
        assertThat(view.get("status").asString()).isEqualTo("DELIVERED");
        assertThat(view.get("timeline").valueStream().filter(e -> e.get("status").asString().equals("DELIVERED")).count())
                .isEqualTo(1);

        Reply bad = api.post("/api/v1/consignments/" + tn + "/events", courier, null, "application/json",
                "{\"type\": \"LOST\", \"occurredAt\": \"yesterday\"}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.raw()).contains("/type", "/occurredAt");
    }

    @Test
    void aReturnGivesTheRecipientBackTheAllowanceTheParcelUsed() {
        String courier = as(Role.COURIER, null);
        String officer = as(Role.OFFICER, "UZ");
        String recipient = Filings.unique("UZ-R");
        String first = Filings.unique("CRT");
        file(courier, first, recipient, "150.00");
        assertThat(api.awaitDecision(first, officer).at("/cases/0/status").asString()).isEqualTo("RELEASED_PRE_ARRIVAL");
        api.post("/api/v1/consignments/" + first + "/arrival", courier, null, "application/json", "{}");
        Instant t = Instant.now();
        assertThat(event(courier, first, "OUT_FOR_DELIVERY", t).status()).isEqualTo(201);
        assertThat(event(courier, first, "REFUSED", t.plusSeconds(60)).status()).isEqualTo(201);
        Reply returned = event(courier, first, "RETURNED", t.plusSeconds(120));
        assertThat(returned.status()).as(returned.raw()).isEqualTo(201);
        assertThat(event(courier, first, "RETURNED", t.plusSeconds(120)).status()).isEqualTo(200); // repeated: restored once
        assertThat(event(courier, first, "DELIVERED", t.plusSeconds(180)).status()).isEqualTo(409);

        String second = Filings.unique("CRT");
        file(courier, second, recipient, "100.00");
        JsonNode assessed = api.get("/api/v1/consignments/" + second, officer).body();
        assertThat(new BigDecimal(assessed.at("/cases/0/assessment/allowance/usedBefore/amount").asString()))
                .isEqualByComparingTo("0");
        JsonNode history = api.get("/api/v1/consignments/" + first, officer).body();
        assertThat(history.toString()).contains("RETURNED", "allowance of");
    }

    @Test
    void aPhoneNumberThatIsNotOneIsRefusedNamingTheField() {
        String courier = as(Role.COURIER, null);
        Map<String, Object> line = Filings.line(Filings.unique("CRT"), null, null, "UZ", "UZ-P1", NAME, "851830", 1,
                "50.00", "0.500");
        @SuppressWarnings("unchecked")
        Map<String, Object> consignee = (Map<String, Object>) line.get("consignee");
        consignee.put("phone", "call me maybe");
        Reply refused = api.post("/api/v1/manifests", courier, Filings.unique("k"),
                Filings.manifest(Filings.unique("MAWB-"), "UZ", List.of(line)));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.raw()).contains("/consignments/0/consignee/phone", "not-a-phone-number")
                .doesNotContain("call me maybe");
    }

    @Test
    void twoContradictingReportsSentAtOnceAreNotBothRecorded() throws Exception {
        String courier = as(Role.COURIER, null);
        String officer = as(Role.OFFICER, "UZ");
        for (int round = 0; round < 3; round++) {
            String tn = Filings.unique("CRT");
            file(courier, tn, Filings.unique("UZ-T"), "50.00");
            assertThat(api.awaitDecision(tn, officer).at("/cases/0/status").asString()).isEqualTo("RELEASED_PRE_ARRIVAL");
            api.post("/api/v1/consignments/" + tn + "/arrival", courier, null, "application/json", "{}");
            Instant t = Instant.now();
            // returned first, then delivered: in the order they happened a delivery cannot follow a return
            CompletableFuture<Reply> returned = CompletableFuture.supplyAsync(() -> event(courier, tn, "RETURNED", t.plusSeconds(30)));
            CompletableFuture<Reply> delivered = CompletableFuture.supplyAsync(() -> event(courier, tn, "DELIVERED", t.plusSeconds(60)));
            assertThat(List.of(returned.get().status(), delivered.get().status())).containsExactlyInAnyOrder(201, 409);
        }
    }

    private List<FinalMileEventReported> published(String tn) {
        List<FinalMileEventReported> published = new CopyOnWriteArrayList<>();
        context.addApplicationListener((ApplicationListener<ApplicationEvent>) e -> {
            if (e instanceof PayloadApplicationEvent<?> p && p.getPayload() instanceof FinalMileEventReported r
                    && r.trackingNumber().equals(tn)) {
                published.add(r);
            }
        });
        return published;
    }

    /** The officer accepts the documents the parcel is held for, with the charge it assessed if any. */
    private void acceptDocuments(String officer, String tn, String charge) {
        String taskId = null;
        String page = "/api/v1/tasks?queue=documents&limit=1000";
        while (taskId == null) {
            JsonNode answer = api.get(page, officer).body();
            taskId = answer.get("tasks").valueStream().filter(t -> t.get("trackingNumber").asString().equals(tn))
                    .map(t -> t.get("taskId").asString()).findFirst().orElse(null);
            if (taskId == null) {
                assertThat(answer.has("next")).as("no open documents task for " + tn).isTrue();
                page = "/api/v1/tasks?queue=documents&limit=1000&after=" + answer.get("next").asString();
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("outcome", "DOCUMENTS_ACCEPTED");
        if (charge != null) {
            result.put("assessedCharge", Map.of("amount", charge, "currency", "USD"));
        }
        Reply done = api.post("/api/v1/tasks/" + taskId + "/result", officer, null, result);
        assertThat(done.status()).as(done.raw()).isEqualTo(200);
    }

    private Reply event(String courier, String tn, String type, Instant at) {
        return api.post("/api/v1/consignments/" + tn + "/events", courier, null, "application/json",
                "{\"type\": \"" + type + "\", \"occurredAt\": \"" + at + "\", \"location\": \"UZTAS\"}");
    }

    private void file(String courier, String tn, String recipient, String value) {
        Map<String, Object> line = Filings.line(tn, null, null, "UZ", recipient, NAME, "851830", 1, value, "0.500");
        @SuppressWarnings("unchecked")
        Map<String, Object> consignee = (Map<String, Object>) line.get("consignee");
        consignee.put("address", Map.of("line1", "Chilanzar 7", "city", "Tashkent", "postcode", POSTCODE, "country", "UZ"));
        consignee.put("phone", PHONE);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) line.get("items");
        items.get(0).put("description", DESCRIPTION);
        Reply filed = api.post("/api/v1/manifests", courier, Filings.unique("k"),
                Filings.manifest(Filings.unique("MAWB-"), "UZ", List.of(new LinkedHashMap<>(line))));
        assertThat(filed.status()).as(filed.raw()).isEqualTo(202);
        api.awaitDecision(tn, courier);
    }

    private static String address() {
        return "203.0." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250 + 1);
    }

    /**
     * The answer without its timestamps and the tracking number, whose digits may hold a
     * value or phone digits by chance ("13.573509Z" holds "350").
     */
    private static String withoutTimesAndNumber(String body, String trackingNumber) {
        return body.replaceAll("\"at\":\"[^\"]*\"", "\"at\":\"\"").replace(trackingNumber, "");
    }

    /** A fact as a whole word: "350" is not found inside "13509". */
    private static java.util.regex.Pattern word(String fact) {
        return java.util.regex.Pattern.compile("(?<![0-9A-Za-z])" + java.util.regex.Pattern.quote(fact) + "(?![0-9A-Za-z])");
    }

    /** How many tokens a bucket refilling one every {@code secondsPerToken} can have earned since {@code started}. */
    private static int refilled(long started, int secondsPerToken) {
        return (int) ((System.nanoTime() - started) / 1_000_000_000L / secondsPerToken) + 1;
    }

    private HttpResponse<String> track(String tn, String proof, String language, String address) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + localPort + "/api/v1/tracking/" + tn))
                .header("Accept-Language", language).header("X-Forwarded-For", address);
        if (proof != null) {
            request.header("Caravan-Consignee-Proof", proof);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
