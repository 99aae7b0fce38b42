package org.caravan.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.caravan.party.internal.ActiveTokens;
import org.caravan.simulator.CaravanClient.Reply;
import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.context.ActiveProfiles;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;

/**
 * Tokens a platform did not get from the issuer, or may no longer use: each is refused with a
 * 401 problem, and the order filed with it is not stored (the same order filed afterwards with
 * a good token is new, not a replay).
 */
@ActiveProfiles("test")
class ForgedTokensTest extends ApiTest {

    @LocalServerPort
    int serverPort;

    @Autowired
    JwtEncoder ours;

    @Autowired
    ActiveTokens active;

    @Value("${caravan.security.issuer}")
    String issuer;

    String clientId;
    Party platform;
    String good;

    @BeforeEach
    void platform() {
        clientId = Filings.unique("platform-");
        platform = parties.register(clientId, SECRET, "Forged-at platform", Role.PLATFORM, Optional.empty());
        good = api.token(clientId, SECRET);
    }

    @Test
    void algNoneIsRefused() {
        String header = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String payload = good.split("\\.")[1];
        assertRefusedAndNothingFiled(header + "." + payload + ".");
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefusedEvenUnderOurKeyId() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var pair = generator.generateKeyPair();
        RSAKey theirs = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(IdentityHttp.header(good, "kid")).build();
        JwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(theirs)));
        assertRefusedAndNothingFiled(encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256)
                .keyId(theirs.getKeyID()).build(), claims(c -> { }).build())).getTokenValue());
    }

    @Test
    void anExpiredTokenIsRefused() {
        assertRefusedAndNothingFiled(sign(c -> c.issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600))));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        assertRefusedAndNothingFiled(sign(c -> c.audience(List.of("another-api"))));
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() {
        assertRefusedAndNothingFiled(sign(c -> c.issuer("https://issuer.example")));
    }

    @Test
    void aRevokedTokenIsRefused() {
        assertThat(api.get("/api/v1/jurisdictions", good).status()).isEqualTo(200);
        assertThat(new IdentityHttp(serverPort).form("/oauth2/revoke", clientId, SECRET, "token=" + good).status())
                .isEqualTo(200);
        assertRefusedAndNothingFiled(good);
    }

    @Test
    void aTokenOfASuspendedPartyIsRefused() {
        assertThat(api.get("/api/v1/jurisdictions", good).status()).isEqualTo(200);
        String fresh = api.token(clientId, SECRET);
        parties.suspend("test", platform.id());
        assertRefusedAndNothingFiled(good);
        assertRefusedAndNothingFiled(fresh);
    }

    @Test
    void aTamperedPayloadIsRefused() {
        String[] parts = good.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"PLATFORM\"", "\"ADMIN\"");
        assertThat(payload).contains("\"ADMIN\"");
        assertRefusedAndNothingFiled(parts[0] + "." + base64(payload) + "." + parts[2]);
    }

    @Test
    void ourOwnSigningOfTheSameClaimsIsAcceptedSoTheRefusalsAboveAreForTheirFlaw() {
        assertThat(api.get("/api/v1/jurisdictions", sign(c -> { })).status()).isEqualTo(200);
    }

    /**
     * The revocation check costs a query per token per cache period, not per request: a client
     * sending fifty requests with one token makes the store answer once.
     */
    @Test
    void theRevocationCheckAsksTheStoreOncePerTokenWhileCached() {
        String token = api.token(clientId, SECRET);
        long before = active.queries();
        long started = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            assertThat(api.get("/api/v1/jurisdictions", token).status()).isEqualTo(200);
        }
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(active.queries() - before).as("store queries for 50 requests (%d ms)", elapsedMillis).isLessThanOrEqualTo(2);
    }

    private void assertRefusedAndNothingFiled(String token) {
        String ref = Filings.unique("FORGED-");
        String key = Filings.unique("k");
        Reply refused = api.post("/api/v1/orders", token, key, Filings.order(ref, "KZ", "KZ-P1", "Aigerim Sadykova",
                "610910", 1, "12.50"));
        assertThat(refused.status()).as(refused.raw()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("type").asString()).isEqualTo("/problems/unauthenticated");

        // filed afresh by the platform itself when it may still file: new, so nothing was stored before
        if (parties.byId(platform.id()).map(r -> r.suspendedAt().isEmpty()).orElse(false)) {
            Reply filed = api.post("/api/v1/orders", api.token(clientId, SECRET), key, Filings.order(ref, "KZ", "KZ-P1",
                    "Aigerim Sadykova", "610910", 1, "12.50"));
            assertThat(filed.status()).as(filed.raw()).isEqualTo(201);
        }
    }

    /** Our key, our issuer and audience, the platform's claims and a live token's id; then the change under test. */
    private String sign(Consumer<JwtClaimsSet.Builder> change) {
        return ours.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(),
                claims(change).build())).getTokenValue();
    }

    private JwtClaimsSet.Builder claims(Consumer<JwtClaimsSet.Builder> change) {
        Instant now = Instant.now();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().issuer(issuer).subject(clientId).audience(List.of("caravan-api"))
                .id(IdentityHttp.claim(good, "jti")).issuedAt(now).expiresAt(now.plusSeconds(300))
                .claim("party", platform.id().toString()).claim("role", "PLATFORM");
        change.accept(claims);
        return claims;
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
