package org.caravan.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravan.filing.FilingRejections.assertProblem;
import static org.caravan.filing.FilingRejections.codes;
import static org.caravan.filing.FilingRejections.pointers;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.caravan.party.Role;
import org.caravan.simulator.CaravanClient.Reply;
import org.caravan.support.Api;
import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.caravan.common.Ids;
import org.caravan.filing.internal.quotes.store.QuoteTable;
import org.caravan.filing.internal.quotes.store.StoredQuote;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * A quote at checkout, the order filed with it and the assessment of the manifest line
 * that carries the order agree: what the buyer was quoted is what customs assess when the
 * goods are the ones quoted, and an order that differs says how. Runs on H2 and on PostgreSQL.
 */
public abstract class QuotedOrders extends ApiTest {

    static final String QUOTES = "/api/v1/quotes";

    @LocalServerPort
    int localPort;

    @Autowired
    QuoteTable quoteTable;

    String[] platformId = new String[1];
    String platform;
    String courier;

    @BeforeEach
    void parties() {
        platform = platform(platformId);
        courier = as(Role.COURIER, null);
    }

    @Test
    void kazakhstanAssessesTheOrderAsQuotedUnderTheEaeuGoodsRegime() {
        String consumer = Filings.unique("KZ-Q");
        Reply quote = api.post(QUOTES, platform, null, quote("KZ", consumer, "851713", "250.00", "0.800"));
        assertThat(quote.status()).as(quote.raw()).isEqualTo(201);
        JsonNode q = quote.body();
        assertThat(q.at("/regime/id").asString()).isEqualTo("EAEU-ECOMMERCE-GOODS-2026");
        assertThat(q.get("computed").asBoolean()).isTrue();
        assertThat(q.get("deMinimis").asBoolean()).isFalse();
        assertThat(q.get("lines").valueStream().map(l -> l.get("type").asString())).containsExactly("DUTY", "VAT");
        assertThat(q.at("/totalDue/currency").asString()).isEqualTo("KZT");
        assertThat(q.at("/shippingCost/amount").asString()).isEqualTo("12.00");
        assertThat(q.at("/customsValue/amount").asString()).isEqualTo("250.00");
        assertThat(q.get("notes").toString()).contains("without the shipping cost");
        assertThat(sumOfLines(q)).isEqualByComparingTo(new BigDecimal(q.at("/totalDue/amount").asString()));

        JsonNode assessed = fileAndAssess(q, "KZ", consumer, "851713", "250.00", "0.800", true);
        assertThat(assessed.at("/cases/0/amountDue").toString()).isEqualTo(q.get("totalDue").toString());
    }

    @Test
    void azerbaijanAssessesTheOrderAsQuotedAgainstTheMonthlyQuota() {
        String consumer = Filings.unique("AZ-Q");
        Reply quote = api.post(QUOTES, platform, null, quote("AZ", consumer, "851713", "400.00", "0.600"));
        assertThat(quote.status()).as(quote.raw()).isEqualTo(201);
        JsonNode q = quote.body();
        assertThat(q.at("/regime/id").asString()).isEqualTo("AZ-MAIL-CARRIER-2020");
        assertThat(q.get("computed").asBoolean()).as(q.toString()).isTrue();
        assertThat(q.get("notes").toString()).contains("Counts 0.00 USD already used");
        assertThat(q.at("/totalDue/currency").asString()).isEqualTo("AZN");

        JsonNode assessed = fileAndAssess(q, "AZ", consumer, "851713", "400.00", "0.600", true);
        assertThat(assessed.at("/cases/0/amountDue").toString()).isEqualTo(q.get("totalDue").toString());

        // the quota that parcel used counts in the next quote for the same buyer: all 300 USD of it
        JsonNode next = api.post(QUOTES, platform, null, quote("AZ", consumer, "851713", "50.00", "0.300")).body();
        assertThat(next.get("notes").toString()).contains("Counts 300.00 USD already used");
        assertThat(next.get("deMinimis").asBoolean()).isFalse();
        JsonNode anonymous = api.post(QUOTES, platform, null, quote("AZ", null, "851713", "50.00", "0.300")).body();
        assertThat(anonymous.get("notes").toString()).contains("No consumerId was given");
        assertThat(anonymous.get("deMinimis").asBoolean()).isTrue();
    }

    @Test
    void anOrderThatDiffersFromItsQuoteSaysHow() {
        JsonNode q = api.post(QUOTES, platform, null, quote("KZ", null, "851713", "40.00", "0.500")).body();
        Map<String, Object> order = Filings.order(Filings.unique("TM-"), "KZ", "KZ-P1", "Aigerim Sadykova", "851713", 1,
                "45.00");
        order.put("quoteId", q.get("quoteId").asString());
        Reply filed = api.post("/api/v1/orders", platform, Filings.unique("k"), order);
        assertThat(filed.status()).as(filed.raw()).isEqualTo(201);
        assertThat(filed.body().at("/quote/matches").asBoolean()).isFalse();
        assertThat(filed.body().at("/quote/differences").valueStream().map(JsonNode::asString))
                .containsExactly("item 1 value 45.00 USD differs from the quoted 40.00 USD");
    }

    @Test
    void aQuoteForADayOfAnotherRegimeSaysSoWhenTheOrderIsFiled() {
        Map<String, Object> body = quote("KZ", null, "851713", "40.00", "0.500");
        body.put("assessmentDate", "2026-06-15");
        JsonNode q = api.post(QUOTES, platform, null, body).body();
        assertThat(q.at("/regime/id").asString()).isEqualTo("EAEU-PERSONAL-USE-2020");
        Map<String, Object> order = Filings.order(Filings.unique("TM-"), "KZ", "KZ-P1", "Aigerim Sadykova", "851713", 1,
                "40.00");
        order.put("quoteId", q.get("quoteId").asString());
        Reply filed = api.post("/api/v1/orders", platform, Filings.unique("k"), order);
        assertThat(filed.body().at("/quote/matches").asBoolean()).isFalse();
        assertThat(filed.body().at("/quote/differences/0").asString())
                .startsWith("the quote applied regime EAEU-PERSONAL-USE-2020 of 2026-06-15; on ")
                .endsWith(" regime EAEU-ECOMMERCE-GOODS-2026 applies");
    }

    @Test
    void anUnknownForeignOrMalformedQuoteIdRefusesTheOrder() {
        JsonNode q = api.post(QUOTES, platform, null, quote("KZ", null, "851713", "40.00", "0.500")).body();
        String otherPlatform = as(Role.PLATFORM, null);
        for (String[] row : List.of(new String[] {otherPlatform, q.get("quoteId").asString(), "unknown-quote"},
                new String[] {platform, java.util.UUID.randomUUID().toString(), "unknown-quote"},
                new String[] {platform, "Q-1", "not-a-quote-id"})) {
            Map<String, Object> order = Filings.order(Filings.unique("TM-"), "KZ", "KZ-P1", "Aigerim Sadykova", "851713",
                    1, "40.00");
            order.put("quoteId", row[1]);
            Reply refused = api.post("/api/v1/orders", row[0], Filings.unique("k"), order);
            assertProblem(refused, 422, "/problems/validation");
            assertThat(pointers(refused.body())).containsExactly("/quoteId");
            assertThat(codes(refused.body())).containsExactly(row[2]);
        }
    }

    @Test
    void theQuoteIsReadAgainAsGivenByWhoAskedOnly() {
        Reply given = api.post(QUOTES, platform, null, quote("KZ", null, "851713", "250.00", "0.800"));
        String id = given.body().get("quoteId").asString();
        Reply again = api.get(QUOTES + "/" + id, platform);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.raw()).isEqualTo(given.raw());
        assertProblem(api.get(QUOTES + "/" + id, as(Role.PLATFORM, null)), 404, "/problems/not-found");
    }

    @Test
    void theBuyerReadsEachLineInRussianWhenAskingInRussian() throws Exception {
        String body = Api.JSON.writeValueAsString(quote("KZ", null, "851713", "250.00", "0.800"));
        HttpResponse<String> ru = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + localPort + QUOTES)).header("Authorization", "Bearer " + platform)
                .header("Content-Type", "application/json").header("Accept-Language", "ru-RU,ru;q=0.9,en;q=0.5")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ru.statusCode()).isEqualTo(201);
        JsonNode lines = Api.JSON.readTree(ru.body()).get("lines");
        assertThat(lines.get(0).get("plainExplanation").asString()).contains("от стоимости товаров");
        assertThat(lines.get(1).get("plainExplanation").asString()).contains("вместе с пошлиной");
        assertThat(lines.get(0).get("explanation").asString()).contains("of the whole value");

        JsonNode en = api.post(QUOTES, platform, null, quote("KZ", null, "851713", "250.00", "0.800")).body();
        assertThat(en.at("/lines/0/plainExplanation").asString()).startsWith("Customs duty: ")
                .endsWith(en.at("/lines/0/amount").asString() + " KZT.");
    }

    @Test
    void anOrderFiledWithAnExpiredQuoteIsRefused() {
        JsonNode q = api.post(QUOTES, platform, null, quote("KZ", null, "851713", "40.00", "0.500")).body();
        StoredQuote given = quoteTable.find(java.util.UUID.fromString(q.get("quoteId").asString())).orElseThrow();
        StoredQuote expired = new StoredQuote(Ids.next(), given.partyId(), given.clientId(), given.destination(),
                given.channel(), given.assessmentDate(), given.consumerId(), given.customsValue(), given.grossMassKg(),
                given.items(), given.regimeId(), given.totalDue(), given.linesJson(), given.answer(),
                Instant.now().minus(Duration.ofHours(25)), Instant.now().minus(Duration.ofHours(1)));
        quoteTable.insert(expired);
        Map<String, Object> order = Filings.order(Filings.unique("TM-"), "KZ", "KZ-P1", "Aigerim Sadykova", "851713", 1,
                "40.00");
        order.put("quoteId", expired.id().toString());
        Reply refused = api.post("/api/v1/orders", platform, Filings.unique("k"), order);
        assertProblem(refused, 422, "/problems/validation");
        assertThat(pointers(refused.body())).containsExactly("/quoteId");
        assertThat(codes(refused.body())).containsExactly("quote-expired");
    }

    @Test
    void uzbekistansCourierFeeIsShownAsTheDeclarantsAndNotInTheBuyersTotal() {
        JsonNode within = api.post(QUOTES, platform, null, quote("UZ", null, "610910", "50.00", "0.300")).body();
        assertThat(within.at("/regime/id").asString()).as(within.toString()).isEqualTo("UZ-COURIER-QUOTA-2025");
        assertThat(within.get("computed").asBoolean()).as(within.toString()).isTrue();
        assertThat(within.get("deMinimis").asBoolean()).isTrue();
        assertThat(new BigDecimal(within.at("/totalDue/amount").asString())).isZero();
        JsonNode fee = within.get("lines").valueStream().filter(l -> l.get("payer").asString().equals("DECLARANT"))
                .findFirst().orElseThrow();
        assertThat(new BigDecimal(fee.get("amount").asString())).isPositive();
        assertThat(fee.get("plainExplanation").asString()).endsWith("it is not part of what you pay.");
        assertThat(within.get("notes").toString()).contains("No consumerId was given").contains("payer DECLARANT");

        // above the month's quota no source confirms what is charged: an officer assesses, nothing is totalled
        JsonNode above = api.post(QUOTES, platform, null, quote("UZ", null, "610910", "250.00", "0.300")).body();
        assertThat(above.get("computed").asBoolean()).isFalse();
        assertThat(above.has("totalDue")).isFalse();
        assertThat(above.get("notComputed").asString()).isNotBlank();
        assertThat(above.get("deMinimis").asBoolean()).isFalse();
    }

    /** Files the order with the quote, then the manifest line for it; answers the officer's view of the case. */
    private JsonNode fileAndAssess(JsonNode quote, String destination, String consumer, String hsCode, String value,
            String grossMassKg, boolean expectMatch) {
        String orderRef = Filings.unique("TM-");
        Map<String, Object> order = Filings.order(orderRef, destination, consumer, "Aigerim Sadykova", hsCode, 1, value);
        order.put("quoteId", quote.get("quoteId").asString());
        Reply filed = api.post("/api/v1/orders", platform, Filings.unique("k"), order);
        assertThat(filed.status()).as(filed.raw()).isEqualTo(201);
        assertThat(filed.body().at("/quote/matches").asBoolean()).as(filed.raw()).isEqualTo(expectMatch);

        String tracking = Filings.unique("CRQ");
        Map<String, Object> manifest = Filings.manifest(Filings.unique("MAWB-"), destination, List.of(
                Filings.line(tracking, platformId[0], orderRef, destination, consumer, "Aigerim Sadykova", hsCode, 1,
                        value, grossMassKg)));
        if (!destination.equals("KZ")) {
            Map<String, Object> arrival = new LinkedHashMap<>();
            arrival.put("country", destination);
            arrival.put("location", destination.equals("AZ") ? "AZBAK" : "GETBS");
            arrival.put("expectedAt", "2026-11-22T04:30:00Z");
            manifest.put("arrival", arrival);
        }
        Reply m = api.post("/api/v1/manifests", courier, Filings.unique("k"), manifest);
        assertThat(m.status()).as(m.raw()).isEqualTo(202);
        return api.awaitDecision(tracking, as(Role.OFFICER, destination));
    }

    static Map<String, Object> quote(String destination, String consumerId, String hsCode, String value, String massKg) {
        Map<String, Object> q = QuoteRejectionsTest.quote();
        q.put("destination", destination);
        if (consumerId != null) {
            q.put("consumerId", consumerId);
        }
        QuoteRejectionsTest.item(q).put("hsCode", hsCode);
        QuoteRejectionsTest.value(q).put("amount", value);
        q.put("grossMassKg", massKg);
        return q;
    }

    private static BigDecimal sumOfLines(JsonNode quote) {
        return quote.get("lines").valueStream().filter(l -> l.get("payer").asString().equals("RECIPIENT"))
                .map(l -> new BigDecimal(l.get("amount").asString())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
