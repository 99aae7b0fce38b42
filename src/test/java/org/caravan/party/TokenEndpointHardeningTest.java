package org.caravan.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.caravan.simulator.CaravanClient;
import org.caravan.support.Api;
import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import tools.jackson.databind.JsonNode;

/**
 * The token endpoint under attack: secret guessing, malformed and oversized bodies, and
 * validly signed tokens that do not name a caller. Each test guesses from its own
 * documentation address (RFC 5737), passed as X-Forwarded-For through the trusted local
 * proxy, so the per-address counts of one test do not lock out another.
 */
@ActiveProfiles("test")
@TestPropertySource(properties = {"server.forward-headers-strategy=native",
        "caravan.security.token-throttle.client-failures=5", "caravan.security.token-throttle.address-failures=12",
        "caravan.security.token-throttle.initial-delay=PT1M"})
class TokenEndpointHardeningTest extends ApiTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String FORM = "application/x-www-form-urlencoded";

    @LocalServerPort
    int port;

    @Autowired
    JwtEncoder jwts;

    @Value("${caravan.security.issuer}")
    String issuer;

    @Test
    void fiveWrongSecretsLockTheClientOutSoEvenTheRightSecretIsRefused() {
        String client = registered(Role.COURIER, null);
        for (int i = 0; i < 5; i++) {
            assertThat(token("192.0.2.1", client, "wrong-" + i).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> locked = token("192.0.2.1", client, SECRET);
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(locked.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 60L));
        JsonNode problem = json(locked);
        assertThat(problem.get("type").asString()).isEqualTo("/problems/too-many-requests");
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("error").asString()).isEqualTo("invalid_client");
        assertThat(problem.get("error_description").asString()).isNotBlank();

        assertThat(token("192.0.2.2", client, SECRET).statusCode()).as("the lock-out is per client, from any address")
                .isEqualTo(429);
    }

    @Test
    void anotherClientFromTheSameAddressIsUnaffectedBelowTheAddressThreshold() {
        String guessed = registered(Role.PLATFORM, null);
        String neighbour = registered(Role.PLATFORM, null);
        for (int i = 0; i < 5; i++) {
            token("192.0.2.3", guessed, "wrong-" + i);
        }
        assertThat(token("192.0.2.3", guessed, SECRET).statusCode()).isEqualTo(429);

        assertThat(token("192.0.2.3", neighbour, SECRET).statusCode()).isEqualTo(200);
    }

    @Test
    void anAddressGuessingAtManyClientsIsLockedOutForEveryClient() {
        for (int i = 0; i < 12; i++) {
            assertThat(token("192.0.2.4", Filings.unique("nobody-"), "guess").statusCode()).isEqualTo(401);
        }
        String client = registered(Role.COURIER, null);

        assertThat(token("192.0.2.4", client, SECRET).statusCode()).isEqualTo(429);
        assertThat(token("192.0.2.5", client, SECRET).statusCode()).as("the client itself is not locked").isEqualTo(200);
    }

    @Test
    void aSuccessClearsTheClientsEarlierFailures() {
        String client = registered(Role.COURIER, null);
        for (int i = 0; i < 4; i++) {
            token("192.0.2.6", client, "wrong-" + i);
        }
        assertThat(token("192.0.2.6", client, SECRET).statusCode()).isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            token("192.0.2.6", client, "wrong-again-" + i);
        }

        assertThat(token("192.0.2.6", client, SECRET).statusCode()).isEqualTo(200);
    }

    @Test
    void aFailureIsLoggedWithTheClientIdAndAddressButNeverTheSecret() {
        Logger logger = (Logger) LoggerFactory.getLogger("org.caravan.party.internal.issuer.SecretAuthentication");
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        logger.addAppender(lines);
        try {
            String client = registered(Role.PLATFORM, null);
            token("192.0.2.7", client, "the-guessed-secret");
            // the authorization server refuses a client id outside %x20-7E (RFC 6749 appendix A.1) before
            // anything is logged, so a forged log line never reaches the log
            assertThat(token("192.0.2.7", "forged\r\nINFO admin logged in", "another-guessed-secret").statusCode())
                    .isEqualTo(400);
            token("192.0.2.7", "forged INFO admin logged in " + "x".repeat(500), "another-guessed-secret");
        } finally {
            logger.detachAppender(lines);
        }

        assertThat(lines.list).hasSize(2).allSatisfy(event -> {
            assertThat(event.getLevel().toString()).isEqualTo("WARN");
            assertThat(event.getFormattedMessage()).contains("192.0.2.7").contains("wrong secret")
                    .doesNotContain("guessed-secret").doesNotContain("\r").doesNotContain("\n");
        });
        assertThat(lines.list.get(0).getFormattedMessage()).contains("platform-");
        assertThat(lines.list.get(1).getFormattedMessage()).contains("forged INFO admin logged in xxx")
                .doesNotContain("x".repeat(101));
    }

    @Test
    void badPercentEncodingIsAnInvalidRequestProblem() {
        HttpResponse<String> r = send("192.0.2.8", FORM, BodyPublishers.ofString("grant_type=%zz&client_id=a&client_secret=b"));

        assertProblem(r, 400, "/problems/oauth2/invalid-request");
        assertThat(json(r).get("error").asString()).isEqualTo("invalid_request");
    }

    @Test
    void aRepeatedParameterIsAnInvalidRequestProblem() {
        HttpResponse<String> r = send("192.0.2.8", FORM,
                BodyPublishers.ofString("grant_type=client_credentials&client_id=a&client_id=b&client_secret=c"));

        assertProblem(r, 400, "/problems/oauth2/invalid-request");
    }

    @Test
    void aBodyOverTheTokenRequestLimitIsA413Problem() {
        String form = "grant_type=client_credentials&client_id=a&client_secret=" + "s".repeat(9000);

        assertProblem(send("192.0.2.9", FORM, BodyPublishers.ofString(form)), 413, "/problems/payload-too-large");
    }

    @Test
    void aThreeMegabyteFormIsRefusedAsAProblemWithOrWithoutALength() {
        byte[] form = ("grant_type=client_credentials&client_id=a&client_secret=" + "s".repeat(3_000_000))
                .getBytes(StandardCharsets.US_ASCII);

        assertProblem(send("192.0.2.10", FORM, BodyPublishers.ofByteArray(form)), 413, "/problems/payload-too-large");
        assertProblem(send("192.0.2.10", FORM, BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(form))), 413,
                "/problems/payload-too-large");
    }

    @Test
    void aWrongContentTypeIsA415Problem() {
        assertProblem(send("192.0.2.11", "application/json", BodyPublishers.ofString("{\"grant_type\":\"client_credentials\"}")),
                415, "/problems/unsupported-media-type");
        assertProblem(send("192.0.2.11", "not a media type", BodyPublishers.ofString("grant_type=client_credentials")), 415,
                "/problems/unsupported-media-type");
    }

    @Test
    void aTokenNamingAValidCallerIsAccepted() {
        String token = sign(claims -> claims.claim("role", "OFFICER").claim("administration", "KZ"));

        assertThat(api.get("/api/v1/tasks?queue=inspection", token).status()).isEqualTo(200);
    }

    static Stream<Arguments> tokensThatNameNoCaller() {
        return Stream.of(
                Arguments.of("no expiry", (Consumer<JwtClaimsSet.Builder>) c -> c.claims(m -> m.remove("exp"))),
                Arguments.of("unknown role", (Consumer<JwtClaimsSet.Builder>) c -> c.claim("role", "KING")),
                Arguments.of("no party", (Consumer<JwtClaimsSet.Builder>) c -> c.claims(m -> m.remove("party"))),
                Arguments.of("party not a UUID", (Consumer<JwtClaimsSet.Builder>) c -> c.claim("party", "not-a-uuid")),
                Arguments.of("officer of no administration", (Consumer<JwtClaimsSet.Builder>) c -> c.claim("role", "OFFICER")),
                Arguments.of("administration not a country",
                        (Consumer<JwtClaimsSet.Builder>) c -> c.claim("role", "OFFICER").claim("administration", "Kazakhstan")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tokensThatNameNoCaller")
    void aSignedTokenThatNamesNoCallerIsUnauthenticated(String flaw, Consumer<JwtClaimsSet.Builder> flawed) {
        CaravanClient.Reply r = api.get("/api/v1/tasks?queue=inspection", sign(flawed));

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.body().get("type").asString()).isEqualTo("/problems/unauthenticated");
    }

    /**
     * A token signed with the service's own key: well-formed officer claims, then the change under
     * test. It takes the id (jti) of a token really issued, so the revocation check passes and the
     * claims are what is tested.
     */
    private String sign(Consumer<JwtClaimsSet.Builder> change) {
        Instant now = Instant.now();
        String issued = api.token(registered(Role.COURIER, null), SECRET);
        String jti = Api.JSON.readTree(Base64.getUrlDecoder().decode(issued.split("\\.")[1])).get("jti").asString();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().issuer(issuer).subject(Filings.unique("officer-"))
                .audience(List.of("caravan-api")).id(jti)
                .issuedAt(now).expiresAt(now.plusSeconds(300)).claim("party", UUID.randomUUID().toString())
                .claim("role", "ADMIN");
        change.accept(claims);
        return jwts.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims.build()))
                .getTokenValue();
    }

    private String registered(Role role, String administration) {
        String client = Filings.unique(role.name().toLowerCase() + "-");
        parties.register(client, SECRET, "Test " + role, role, Optional.ofNullable(administration)
                .map(org.caravan.reference.CountryCode::of));
        return client;
    }

    private HttpResponse<String> token(String address, String client, String secret) {
        return send(address, FORM, BodyPublishers.ofString("grant_type=client_credentials&client_id="
                + URLEncoder.encode(client, StandardCharsets.UTF_8) + "&client_secret="
                + URLEncoder.encode(secret, StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> send(String address, String contentType, BodyPublisher body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/token"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", contentType).header("X-Forwarded-For", address)
                .POST(body).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void assertProblem(HttpResponse<String> r, int status, String type) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                contentType -> assertThat(contentType).startsWith("application/problem+json"));
        assertThat(json(r).get("type").asString()).isEqualTo(type);
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static JsonNode json(HttpResponse<String> r) {
        return Api.JSON.readTree(r.body());
    }
}
