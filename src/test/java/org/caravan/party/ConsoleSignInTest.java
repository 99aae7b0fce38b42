package org.caravan.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.caravan.reference.CountryCode;
import org.caravan.support.Filings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * An officer signs in to the console with their own secret through a form that carries a CSRF
 * token; a form posted without it is refused, a machine's credentials do not open it, and
 * signing out ends the session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ConsoleSignInTest {

    private static final String SECRET = "console-secret-1";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Parties parties;

    private HttpClient browser;
    private String officer;

    @BeforeEach
    void officer() {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        officer = Filings.unique("officer-kz-");
        parties.register(officer, SECRET, "Aliya Nurlanova", Role.OFFICER, Optional.of(CountryCode.of("KZ")));
    }

    @Test
    void anOfficerSignsInWithTheFormsCsrfTokenAndOutAgain() throws Exception {
        HttpResponse<String> before = get("/console");
        assertThat(before.statusCode()).isEqualTo(302);
        assertThat(before.headers().firstValue("Location").orElseThrow()).endsWith("/login");

        HttpResponse<String> signedIn = signIn(officer, SECRET, csrf());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/console");
        assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .contains("HttpOnly").containsIgnoringCase("SameSite=Strict"));

        HttpResponse<String> home = get("/console");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Signed in as " + officer + " (officer, KZ)");
        assertThat(home.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("frame-ancestors 'none'");
        assertThat(home.headers().firstValue("X-Frame-Options").orElseThrow()).isEqualTo("DENY");

        // signing out is a change: without the page's token it is refused, with it the session ends
        assertThat(post("/logout", Map.of()).statusCode()).isEqualTo(403);
        Matcher token = CSRF.matcher(home.body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> out = post("/logout", Map.of("_csrf", token.group(1)));
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(out.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
        assertThat(get("/console").statusCode()).isEqualTo(302);
    }

    @Test
    void aSessionEndsWhenItsPersonIsSuspended() throws Exception {
        assertThat(signIn(officer, SECRET, csrf()).statusCode()).isEqualTo(302);
        assertThat(get("/console").statusCode()).isEqualTo(200);
        parties.suspend("test", parties.byClientId(officer).orElseThrow().id());
        HttpResponse<String> after = get("/console");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void aSignInPostedWithoutTheFormsTokenIsRefusedEvenWithTheRightSecret() throws Exception {
        csrf();
        HttpResponse<String> forged = post("/login", Map.of("username", officer, "password", SECRET));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(get("/console").statusCode()).isEqualTo(302);
    }

    @Test
    void aWrongSecretOrAMachinesCredentialsDoNotOpenTheConsole() throws Exception {
        HttpResponse<String> wrong = signIn(officer, "not-the-secret", csrf());
        assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        String platform = Filings.unique("platform-");
        parties.register(platform, SECRET, "A platform", Role.PLATFORM, Optional.empty());
        HttpResponse<String> machine = signIn(platform, SECRET, csrf());
        assertThat(machine.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(get("/console").statusCode()).isEqualTo(302);
    }

    private String csrf() throws Exception {
        HttpResponse<String> page = get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher m = CSRF.matcher(page.body());
        assertThat(m.find()).as(page.body()).isTrue();
        return m.group(1);
    }

    private HttpResponse<String> signIn(String username, String password, String csrf) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("password", password);
        form.put("_csrf", csrf);
        return post("/login", form);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
