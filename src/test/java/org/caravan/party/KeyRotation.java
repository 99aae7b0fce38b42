package org.caravan.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.caravan.simulator.CaravanClient.Reply;
import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import tools.jackson.databind.JsonNode;

/**
 * An administrator rotates the signing key: the JWKS publishes the new key and the previous
 * one, tokens of both are accepted, and once the previous key retires (its tokens' lifetime
 * after the rotation, four seconds here) a token it signed is refused even if not expired.
 * Each run has a store of its own, so the short-lived keys never meet another test's. Run on H2
 * and on PostgreSQL.
 */
abstract class KeyRotation extends ApiTest {

    @LocalServerPort
    int serverPort;

    @Autowired
    JdbcClient jdbc;

    @Value("${caravan.security.issuer}")
    String issuer;

    @Test
    void theOldKeyStaysPublishedAndTrustedUntilItsTokensExpireThenIsRefused() throws Exception {
        IdentityHttp http = new IdentityHttp(serverPort);
        String platformId = Filings.unique("platform-");
        Party platform = parties.register(platformId, SECRET, "Platform", Role.PLATFORM, Optional.empty());
        String before = api.token(platformId, SECRET);
        String oldKid = IdentityHttp.header(before, "kid");
        RSAKey oldKey = RSAKey.parse(jdbc.sql("select jwk from signing_key where kid = ?").param(oldKid).query(String.class)
                .single());

        Reply rotated = api.post("/api/v1/signing-keys/rotation", as(Role.ADMIN, null), null, "");
        assertThat(rotated.status()).as(rotated.raw()).isEqualTo(201);
        String newKid = rotated.body().get("kid").asString();
        assertThat(newKid).isNotEqualTo(oldKid);

        assertThat(kids(http)).containsExactlyInAnyOrder(newKid, oldKid);
        assertThat(http.get("/oauth2/jwks").body()).as("no private part is published").doesNotContain("\"d\"");
        String after = api.token(platformId, SECRET);
        assertThat(IdentityHttp.header(after, "kid")).isEqualTo(newKid);
        assertThat(api.get("/api/v1/jurisdictions", before).status()).as("a token of the previous key").isEqualTo(200);
        assertThat(api.get("/api/v1/jurisdictions", after).status()).isEqualTo(200);
        String longLived = signWith(oldKey, platformId, platform, api.token(platformId, SECRET));
        assertThat(api.get("/api/v1/jurisdictions", longLived).status()).isEqualTo(200);
        Reply listed = api.get("/api/v1/signing-keys", as(Role.ADMIN, null));
        assertThat(listed.body().get(0).get("kid").asString()).isEqualTo(newKid);
        assertThat(listed.body().get(1).has("retiresAt")).isTrue();

        Instant retires = Instant.parse(listed.body().get(1).get("retiresAt").asString());
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), retires).toMillis()) + 500);

        assertThat(kids(http)).containsExactly(newKid);
        String stillLive = api.token(platformId, SECRET);
        assertThat(api.get("/api/v1/jurisdictions", signWith(oldKey, platformId, platform, stillLive)).status())
                .as("a token of the retired key, not yet expired").isEqualTo(401);
        assertThat(api.get("/api/v1/jurisdictions", stillLive).status()).isEqualTo(200);
    }

    private static List<String> kids(IdentityHttp http) {
        JsonNode keys = http.get("/oauth2/jwks").json().get("keys");
        return keys.valueStream().map(k -> k.get("kid").asString()).toList();
    }

    /** A token as the old key would sign it, valid for an hour, with the id of a live token. */
    private String signWith(RSAKey key, String clientId, Party platform, String live) {
        JwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer(issuer).subject(clientId).audience(List.of("caravan-api"))
                .id(IdentityHttp.claim(live, "jti")).issuedAt(now).expiresAt(now.plusSeconds(3600))
                .claim("party", platform.id().toString()).claim("role", "PLATFORM").build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID()).build(),
                claims)).getTokenValue();
    }
}
