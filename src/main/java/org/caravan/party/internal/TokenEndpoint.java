package org.caravan.party.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.caravan.common.web.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.nimbusds.jose.jwk.RSAKey;

/**
 * The built-in OAuth 2.0 token endpoint (RFC 6749 section 4.4, client credentials), so a pilot
 * needs no external identity provider. Clients authenticate with HTTP Basic or form fields.
 */
@RestController
class TokenEndpoint {

    private final PartyTable parties;
    private final PasswordEncoder passwords;
    private final JwtEncoder encoder;
    private final RSAKey key;
    private final Duration lifetime;

    TokenEndpoint(PartyTable parties, PasswordEncoder passwords, JwtEncoder encoder, RSAKey key,
            @Value("${caravan.security.token-lifetime:PT1H}") Duration lifetime) {
        this.parties = parties;
        this.passwords = passwords;
        this.encoder = encoder;
        this.key = key;
        this.lifetime = lifetime;
    }

    @PostMapping(path = "/oauth2/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<?> token(@RequestBody MultiValueMap<String, String> form,
            @RequestHeader(name = "Authorization", required = false) String authorization) {
        if (!"client_credentials".equals(form.getFirst("grant_type"))) {
            return error(HttpStatus.BAD_REQUEST, "unsupported_grant_type", "Only grant_type=client_credentials is supported.");
        }
        String[] credentials = basic(authorization).orElse(new String[] {form.getFirst("client_id"), form.getFirst("client_secret")});
        if (credentials[0] == null || credentials[1] == null) {
            return error(HttpStatus.UNAUTHORIZED, "invalid_client", "Client authentication is required.");
        }
        var row = parties.byClientId(credentials[0]).filter(r -> passwords.matches(credentials[1], r.secretHash()));
        if (row.isEmpty()) {
            return error(HttpStatus.UNAUTHORIZED, "invalid_client", "Unknown client or wrong secret.");
        }
        var party = row.get().party();
        Instant now = Instant.now();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().issuer(SecurityConfiguration.ISSUER).subject(party.clientId())
                .issuedAt(now).expiresAt(now.plus(lifetime)).claim("party", party.id().toString())
                .claim("role", party.role().name());
        party.administration().ifPresent(a -> claims.claim("administration", a.value()));
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID()).build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", token);
        body.put("token_type", "Bearer");
        body.put("expires_in", lifetime.toSeconds());
        return ResponseEntity.ok().header("Cache-Control", "no-store").body(body);
    }

    private static Optional<String[]> basic(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty()
                    : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** RFC 6749 error body, also readable as RFC 9457 problem details. */
    private static ResponseEntity<ProblemDetail> error(HttpStatus status, String code, String description) {
        ProblemDetail problem = Problems.of(status, "oauth2/" + code.replace('_', '-'), "Token request refused", description);
        problem.setProperty("error", code);
        problem.setProperty("error_description", description);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
