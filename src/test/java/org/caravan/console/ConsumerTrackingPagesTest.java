package org.caravan.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.caravan.party.Role;
import org.caravan.simulator.CaravanClient.Reply;
import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * The consumer's tracking pages over HTTP, as a browser without JavaScript uses them: open
 * without signing in and without a session, in the language the browser prefers or the one
 * chosen, the amount due only after a proof that holds, posted with a CSRF token; and the
 * same limits on proofs as the JSON API.
 */
// each test's consumer comes through a trusted proxy from an address of its own, so no test spends another's attempts
@TestPropertySource(properties = "caravan.tracking.trusted-proxies=127.0.0.1,0:0:0:0:0:0:0:1")
@ActiveProfiles("test")
class ConsumerTrackingPagesTest extends ApiTest {

    static final String CONTENT_POLICY = "default-src 'self'; frame-ancestors 'none'; form-action 'self'; "
            + "base-uri 'none'; object-src 'none'";
    private static final String POSTCODE = "050000";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int localPort;

    private final String consumerAddress = "203.0.113." + (int) (Math.random() * 250 + 1);
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private String platformId;
    private String platform;
    private String courier;

    @BeforeEach
    void parties() {
        String[] id = new String[1];
        platform = platform(id);
        platformId = id[0];
        courier = as(Role.COURIER, null);
    }

    @Test
    void theLookupFormIsOpenWithTheConsolesHeadersAndKeepsNoSession() throws Exception {
        HttpResponse<String> form = get("/track", "en");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("<label for=\"number\">Tracking number</label>", "method=\"get\"");
        assertThat(form.headers().firstValue("Content-Security-Policy")).hasValue(CONTENT_POLICY);
        assertThat(form.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(form.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(form.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));

        HttpResponse<String> submitted = get("/track?number=" + URLEncoder.encode(" CRV-123456 ", StandardCharsets.UTF_8), "en");
        assertThat(submitted.statusCode()).isEqualTo(303);
        assertThat(submitted.headers().firstValue("Location")).hasValue("/track/CRV-123456");
        HttpResponse<String> malformed = get("/track?number=" + URLEncoder.encode("<script>", StandardCharsets.UTF_8), "en");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("6 to 40 letters").doesNotContain("<script>");
    }

    @Test
    void anUnknownParcelIsAFriendlyNotFoundPageInTheBrowsersLanguage() throws Exception {
        HttpResponse<String> ru = get("/track/" + Filings.unique("NONE"), "ru-RU,ru;q=0.9,en;q=0.8");
        assertThat(ru.statusCode()).isEqualTo(404);
        assertThat(ru.body()).contains("<html lang=\"ru\">", "Посылка не найдена");
        HttpResponse<String> en = get("/track/" + Filings.unique("NONE"), "en-GB,ru;q=0.5");
        assertThat(en.statusCode()).isEqualTo(404);
        assertThat(en.body()).contains("<html lang=\"en\">", "Parcel not found");
    }

    @Test
    void theBrowsersPreferenceThenTheChosenLanguageDecideAndTheChoiceIsKept() throws Exception {
        String tracking = dutiable();
        assertThat(get("/track/" + tracking, "ru,en;q=0.8").body()).contains("<html lang=\"ru\">",
                "До выпуска нужно уплатить таможенные пошлины и налоги.", "Что будет дальше");
        assertThat(get("/track/" + tracking, "en-US,en;q=0.9,ru;q=0.8").body()).contains("<html lang=\"en\">",
                "Customs duties and taxes are due before release.", "What happens next");
        // a language the pages do not speak reads English
        assertThat(get("/track/" + tracking, "de-DE").body()).contains("<html lang=\"en\">");

        HttpResponse<String> switched = get("/track/" + tracking + "?lang=ru", "en");
        assertThat(switched.body()).contains("<html lang=\"ru\">", "hreflang=\"en\"", "hreflang=\"ru\"");
        assertThat(switched.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("caravan-lang=ru"));
        assertThat(get("/track", "en").body()).as("the next page, with the cookie").contains("<html lang=\"ru\">");
    }

    @Test
    void onlyTheRightProofShowsTheAmountDueAndTheGoods() throws Exception {
        String tracking = dutiable();
        HttpResponse<String> page = get("/track/" + tracking, "en");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.body()).contains("<label for=\"proof\">", "method=\"post\"").doesNotContain("id=\"goods\"");

        HttpResponse<String> wrong = post("/track/" + tracking, "proof=999999&_csrf=" + csrf(page));
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("do not match").doesNotContain("id=\"goods\"", "Total due", "Payment reference");

        HttpResponse<String> right = post("/track/" + tracking, "proof=" + POSTCODE + "&_csrf=" + csrf(wrong));
        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(right.body()).contains("id=\"goods\"", "Goods", "Total due in KZ", "Payment reference", "KZT")
                .doesNotContain("do not match", POSTCODE);
        JsonNode json = api.get("/api/v1/tracking/" + tracking, null).body();
        assertThat(right.body()).as("the same view as the API's").contains(json.get("explanation").asString());
    }

    @Test
    void aProofWithoutTheCsrfTokenIsRefused() throws Exception {
        String tracking = dutiable();
        get("/track/" + tracking, "en");
        assertThat(post("/track/" + tracking, "proof=" + POSTCODE).statusCode()).isEqualTo(403);
        assertThat(post("/track/" + tracking, "proof=" + POSTCODE + "&_csrf=forged").statusCode()).isEqualTo(403);
    }

    @Test
    void theProofAttemptsOfTheApiAndOfThePageDrawOnOneLimit() throws Exception {
        String tracking = dutiable();
        HttpResponse<String> page = get("/track/" + tracking, "en");
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> guess = send(HttpRequest.newBuilder(uri("/api/v1/tracking/" + tracking))
                    .header("X-Forwarded-For", consumerAddress).header("Caravan-Consignee-Proof", "000" + i).GET());
            assertThat(guess.statusCode()).isEqualTo(200);
        }
        HttpResponse<String> refused = post("/track/" + tracking, "proof=" + POSTCODE + "&_csrf=" + csrf(page));
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body()).contains("Too many attempts").doesNotContain("id=\"goods\"");
    }

    /** A smartphone above the de minimis, filed by the platform and the courier: duties are due. */
    private String dutiable() {
        String orderRef = Filings.unique("TM-");
        String tracking = Filings.unique("CRV");
        String consumer = "KZ-P" + Filings.unique("");
        Reply order = api.post("/api/v1/orders", platform, Filings.unique("k"),
                Filings.order(orderRef, "KZ", consumer, "Aigerim Sadykova", "851713", 1, "349.00"));
        assertThat(order.status()).as(order.raw()).isEqualTo(201);
        Reply manifest = api.post("/api/v1/manifests", courier, Filings.unique("k"), Filings.manifest(
                Filings.unique("MAWB-"), "KZ", List.of(Filings.line(tracking, platformId, orderRef, "KZ", consumer,
                        "Aigerim Sadykova", "851713", 1, "349.00", "1.200"))));
        assertThat(manifest.status()).as(manifest.raw()).isEqualTo(202);
        JsonNode decided = api.awaitDecision(tracking, courier);
        assertThat(decided.at("/cases/0/status").asString()).as(decided.toString()).isEqualTo("PAYMENT_REQUIRED");
        return tracking;
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher m = CSRF.matcher(page.body());
        assertThat(m.find()).as("a CSRF field on the page").isTrue();
        return URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(String path, String language) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", language)
                .header("X-Forwarded-For", consumerAddress).GET());
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", "en")
                .header("X-Forwarded-For", consumerAddress)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + localPort + path);
    }
}
