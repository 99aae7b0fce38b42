package org.caravan.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravan.filing.FilingRejections.assertProblem;
import static org.caravan.filing.FilingRejections.codes;
import static org.caravan.filing.FilingRejections.pointers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.caravan.party.Role;
import org.caravan.simulator.CaravanClient.Reply;
import org.caravan.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.context.ActiveProfiles;

/**
 * Bad input to the quote API: each gets a problem naming the field, never a 500, and no
 * quote is given. One row per kind of mistake a checkout integration makes.
 */
@ActiveProfiles("test")
class QuoteRejectionsTest extends ApiTest {

    static final String QUOTES = "/api/v1/quotes";

    String platform;

    @BeforeEach
    void platform() {
        platform = as(Role.PLATFORM, null);
    }

    static Map<String, Object> quote() {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("hsCode", "851713");
        item.put("description", "Smartphone");
        item.put("value", new LinkedHashMap<>(Map.of("amount", "250.00", "currency", "USD")));
        item.put("netMassKg", "0.450");
        item.put("originCountry", "CN");
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("destination", "KZ");
        q.put("items", new ArrayList<>(List.of(item)));
        q.put("shippingCost", Map.of("amount", "12.00", "currency", "USD"));
        q.put("grossMassKg", "0.800");
        return q;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> item(Map<String, Object> quote) {
        return ((List<Map<String, Object>>) quote.get("items")).get(0);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> value(Map<String, Object> quote) {
        return (Map<String, Object>) item(quote).get("value");
    }

    static Arguments row(String what, int status, String pointer, String code, Consumer<Map<String, Object>> spoil) {
        return Arguments.of(what, status, pointer, code, spoil);
    }

    static Stream<Arguments> badQuotes() {
        return Stream.of(
                row("an unknown country", 422, "/destination", "not-iso-3166", q -> q.put("destination", "XX")),
                row("a country Caravan does not clear for", 422, "/destination", "not-a-jurisdiction",
                        q -> q.put("destination", "FR")),
                row("no destination", 422, "/destination", "required", q -> q.remove("destination")),
                row("an unsupported currency", 422, "/items/0/value/currency", "not-iso-4217",
                        q -> value(q).put("currency", "XYZ")),
                row("a currency no rate is on record for", 422, "/items/0/value/currency", "no-exchange-rate",
                        q -> value(q).put("currency", "BTN")),
                row("a currency without a rate on the date", 422, "/items/0/value/currency", "no-exchange-rate",
                        q -> q.put("assessmentDate", "2025-12-01")),
                row("a negative mass", 422, "/items/0/netMassKg", "not-positive", q -> item(q).put("netMassKg", "-0.4")),
                row("a zero mass", 422, "/items/0/netMassKg", "not-positive", q -> item(q).put("netMassKg", "0")),
                row("no mass at all", 422, "/items/0/netMassKg", "required", q -> {
                    item(q).remove("netMassKg");
                    q.remove("grossMassKg");
                }),
                row("a negative parcel mass", 422, "/grossMassKg", "not-positive", q -> q.put("grossMassKg", "-1")),
                row("no items", 422, "/items", "required", q -> q.remove("items")),
                row("an empty item list", 422, "/items", "required", q -> q.put("items", List.of())),
                row("no HS code", 422, "/items/0/hsCode", "required", q -> item(q).remove("hsCode")),
                row("a malformed HS code", 422, "/items/0/hsCode", "malformed-hs-code", q -> item(q).put("hsCode", "85.17")),
                row("no value", 422, "/items/0/value", "required", q -> item(q).remove("value")),
                row("a value without an amount", 422, "/items/0/value/amount", "required", q -> value(q).remove("amount")),
                row("a negative value", 422, "/items/0/value/amount", "not-positive", q -> value(q).put("amount", "-5")),
                row("a value in exponent notation", 422, "/items/0/value/amount", "not-a-decimal",
                        q -> value(q).put("amount", "1e5")),
                row("a zero quantity", 422, "/items/0/quantity", "out-of-range", q -> item(q).put("quantity", 0)),
                row("no origin", 422, "/items/0/originCountry", "required", q -> item(q).remove("originCountry")),
                row("an unknown channel", 422, "/channel", "unknown-channel", q -> q.put("channel", "PIGEON")),
                row("a channel no regime covers", 422, "/channel", "no-regime-for-channel", q -> {
                    q.put("destination", "TJ");
                    q.put("channel", "COURIER");
                }),
                row("a date before any regime", 422, "/assessmentDate", "no-regime-in-force",
                        q -> q.put("assessmentDate", "2019-01-01")),
                row("a date that is not one", 422, "/assessmentDate", "not-a-date", q -> q.put("assessmentDate", "yesterday")),
                row("a date out of range", 422, "/assessmentDate", "out-of-range",
                        q -> q.put("assessmentDate", "1999-12-31")),
                row("a destination whose currency has no rate", 422, "/destination", "no-exchange-rate",
                        q -> q.put("destination", "GE")),
                row("a consumer id too long", 422, "/consumerId", "too-long", q -> q.put("consumerId", "c".repeat(101))),
                row("a shipping cost in no currency", 422, "/shippingCost/currency", "required",
                        q -> q.put("shippingCost", Map.of("amount", "3.00"))),
                row("a string where an object belongs", 400, "/items/0/value", "malformed",
                        q -> item(q).put("value", "250 USD")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badQuotes")
    void aBadQuoteRequestIsAProblemNamingTheField(String what, int status, String pointer, String code,
            Consumer<Map<String, Object>> spoil) {
        Map<String, Object> q = quote();
        spoil.accept(q);
        Reply r = api.post(QUOTES, platform, null, q);
        assertProblem(r, status, status == 400 ? "/problems/malformed-json" : "/problems/validation");
        assertThat(pointers(r.body())).as(r.raw()).contains(pointer);
        assertThat(codes(r.body())).as(r.raw()).contains(code);
    }

    @Test
    void theDateBeforeAnyRegimeIsSaidInWords() {
        Map<String, Object> q = quote();
        q.put("assessmentDate", "2019-01-01");
        Reply r = api.post(QUOTES, platform, null, q);
        assertThat(r.body().at("/errors/0/message").asString()).isEqualTo("no regime of KZ is in force on 2019-01-01");
    }

    @Test
    void everyBadFieldIsNamedInOneAnswer() {
        Map<String, Object> q = quote();
        q.put("destination", "XX");
        item(q).put("hsCode", "12");
        item(q).put("netMassKg", "-1");
        value(q).put("currency", "XYZ");
        Reply r = api.post(QUOTES, platform, null, q);
        assertProblem(r, 422, "/problems/validation");
        assertThat(pointers(r.body())).contains("/destination", "/items/0/hsCode", "/items/0/netMassKg",
                "/items/0/value/currency");
    }

    @Test
    void aBodyThatIsNotJsonOrNotAnObjectIsAProblem() {
        assertProblem(api.post(QUOTES, platform, null, "application/json", "{\"items\": ["), 400, "/problems/malformed-json");
        assertProblem(api.post(QUOTES, platform, null, "application/json", "null"), 400, "/problems/malformed-json");
        assertProblem(api.post(QUOTES, platform, null, "application/json", "[]"), 400, "/problems/malformed-json");
    }

    @Test
    void onlyPlatformsAndDeclarantsAsk() {
        assertProblem(api.post(QUOTES, null, null, quote()), 401, "/problems/unauthenticated");
        assertProblem(api.post(QUOTES, as(Role.OFFICER, "KZ"), null, quote()), 403, "/problems/forbidden");
        assertThat(api.post(QUOTES, as(Role.COURIER, null), null, quote()).status()).isEqualTo(201);
        assertThat(api.post(QUOTES, as(Role.POST, null), null, quote()).status()).isEqualTo(201);
    }

    @Test
    void anUnknownOrMalformedQuoteIdIsNotFoundOrNamed() {
        assertProblem(api.get(QUOTES + "/" + java.util.UUID.randomUUID(), platform), 404, "/problems/not-found");
        Reply malformed = api.get(QUOTES + "/not-a-uuid", platform);
        assertThat(malformed.status()).isBetween(400, 422);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
    }
}
