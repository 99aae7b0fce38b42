package org.caravan.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.sun.net.httpserver.HttpServer;

/**
 * The API set to trust an external OpenID Connect issuer (as Keycloak would be, with protocol
 * mappers naming our claims caravan_role, caravan_party and caravan_administration): its
 * tokens are accepted by their JWKS, served here by a tiny HTTP server; ours are not.
 */
@ActiveProfiles("test")
class ExternalIssuerTest extends ApiTest {

    static final String ISSUER = "https://idp.example/realms/caravan";
    static final RSAKey KEY = key();
    static final HttpServer JWKS = jwks();

    @DynamicPropertySource
    static void external(DynamicPropertyRegistry registry) {
        registry.add("caravan.security.issuer-uri", () -> ISSUER);
        registry.add("caravan.security.jwk-set-uri",
                () -> "http://localhost:" + JWKS.getAddress().getPort() + "/realms/caravan/protocol/openid-connect/certs");
        registry.add("caravan.security.claims.role", () -> "caravan_role");
        registry.add("caravan.security.claims.party", () -> "caravan_party");
        registry.add("caravan.security.claims.administration", () -> "caravan_administration");
    }

    @AfterAll
    static void stop() {
        JWKS.stop(0);
    }

    @Test
    void aTokenOfTheExternalIssuerNamesItsCaller() {
        String token = sign(c -> c.claim("caravan_role", List.of("OFFICER")).claim("caravan_administration", "KZ"));
        assertThat(api.get("/api/v1/tasks?queue=inspection", token).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/jurisdictions", sign(c -> { })).status()).isEqualTo(200);
    }

    @Test
    void theBuiltInIssuersTokensAreNoLongerAccepted() {
        String clientId = Filings.unique("platform-");
        parties.register(clientId, SECRET, "Platform", Role.PLATFORM, Optional.empty());
        assertThat(api.get("/api/v1/jurisdictions", api.token(clientId, SECRET)).status()).isEqualTo(401);
    }

    @Test
    void anExternalTokenOfAnotherAudienceOrIssuerOrWithoutOurClaimsIsRefused() {
        assertThat(api.get("/api/v1/jurisdictions", sign(c -> c.audience(List.of("account")))).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/jurisdictions", sign(c -> c.issuer("https://idp.example/realms/other"))).status())
                .isEqualTo(401);
        assertThat(api.get("/api/v1/jurisdictions", sign(c -> c.claims(m -> m.remove("caravan_role")))).status())
                .isEqualTo(401);
        assertThat(api.get("/api/v1/jurisdictions", sign(c -> c.claim("role", "ADMIN").claims(m -> m.remove("caravan_role"))))
                .status()).as("our own claim name is not read when mapped to another").isEqualTo(401);
    }

    private static String sign(Consumer<JwtClaimsSet.Builder> change) {
        Instant now = Instant.now();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().issuer(ISSUER).subject("service-account-shop")
                .audience(List.of("caravan-api")).issuedAt(now).expiresAt(now.plusSeconds(300))
                .claim("caravan_party", UUID.randomUUID().toString()).claim("caravan_role", "COURIER");
        change.accept(claims);
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(KEY))).encode(JwtEncoderParameters
                .from(JwsHeader.with(SignatureAlgorithm.RS256).keyId(KEY.getKeyID()).build(), claims.build())).getTokenValue();
    }

    private static RSAKey key() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID("external-1").build();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpServer jwks() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/realms/caravan/protocol/openid-connect/certs", exchange -> {
                byte[] body = new JWKSet(KEY).toString().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
