package org.caravan.party.internal.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.caravan.common.ProblemTypes;
import org.caravan.common.web.Problems;
import org.caravan.party.Party;
import org.caravan.party.internal.CallerClaims;
import org.caravan.party.internal.ClientSecrets;
import org.caravan.party.internal.LoginThrottle;
import org.caravan.party.internal.SecurityConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import com.nimbusds.jose.jwk.RSAKey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * The built-in OAuth 2.0 token endpoint (RFC 6749 section 4.4, client credentials), so a pilot
 * needs no external identity provider. Clients authenticate with HTTP Basic or form fields.
 * Being open to anyone, it reads only a small body, throttles secret guessing and answers
 * every refusal as problem details.
 */
@RestController
class TokenEndpoint {

    private static final Logger log = LoggerFactory.getLogger(TokenEndpoint.class);

    private final ClientSecrets secrets;
    private final LoginThrottle throttle;
    private final JwtEncoder encoder;
    private final RSAKey key;
    private final Duration lifetime;

    TokenEndpoint(ClientSecrets secrets, LoginThrottle throttle, JwtEncoder encoder, RSAKey key,
            @Value("${caravan.security.token-lifetime:PT1H}") Duration lifetime) {
        this.secrets = secrets;
        this.throttle = throttle;
        this.encoder = encoder;
        this.key = key;
        this.lifetime = lifetime;
    }

    @Operation(summary = "Issue an access token to a client (OAuth 2.0 client credentials)",
            description = "The client authenticates with HTTP Basic or with client_id and client_secret in the form.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            schema = @Schema(implementation = TokenResponse.Request.class)))
    @ApiResponse(responseCode = "200", description = "A bearer token", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = TokenResponse.class)))
    @PostMapping(path = SecurityConfiguration.TOKEN_PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<?> token(@Parameter(hidden = true) HttpServletRequest request) throws IOException {
        TokenRequestForm form = TokenRequestForm.read(request.getInputStream());
        if (!"client_credentials".equals(form.get("grant_type"))) {
            return error(HttpStatus.BAD_REQUEST, "unsupported_grant_type", "Only grant_type=client_credentials is supported.");
        }
        String[] credentials = basic(request.getHeader("Authorization"))
                .orElse(new String[] {form.get("client_id"), form.get("client_secret")});
        if (credentials[0] == null || credentials[1] == null) {
            return error(HttpStatus.UNAUTHORIZED, "invalid_client", "Client authentication is required.");
        }
        String clientId = printable(credentials[0]);
        String address = request.getRemoteAddr();
        Optional<Duration> lockedOut = throttle.lockedOut(clientId, address);
        if (lockedOut.isPresent()) {
            long seconds = Math.max(1, (lockedOut.get().toMillis() + 999) / 1000);
            log.warn("Token request refused for client '{}' from {}: locked out for {} s after failed attempts",
                    clientId, address, seconds);
            ProblemDetail problem = problem(HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.TOO_MANY_REQUESTS, "invalid_client",
                    "Too many failed attempts for this client or from this address; retry after " + seconds + " s.");
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", Long.toString(seconds))
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        Optional<Party> party = secrets.authenticate(credentials[0], credentials[1]);
        if (party.isEmpty()) {
            throttle.failed(clientId, address);
            log.warn("Token request refused for client '{}' from {}: unknown client or wrong secret", clientId, address);
            return error(HttpStatus.UNAUTHORIZED, "invalid_client", "Unknown client or wrong secret.");
        }
        throttle.succeeded(clientId);
        return ResponseEntity.ok().header("Cache-Control", "no-store").body(issue(party.get()));
    }

    private TokenResponse issue(Party party) {
        Instant now = Instant.now();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().issuer(SecurityConfiguration.ISSUER).subject(party.clientId())
                .issuedAt(now).expiresAt(now.plus(lifetime)).claim(CallerClaims.PARTY, party.id().toString())
                .claim(CallerClaims.ROLE, party.role().name());
        party.administration().ifPresent(a -> claims.claim(CallerClaims.ADMINISTRATION, a.value()));
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID()).build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
        return TokenResponse.bearer(token, lifetime.toSeconds());
    }

    @ExceptionHandler(TokenRequestForm.Malformed.class)
    ResponseEntity<ProblemDetail> malformed(TokenRequestForm.Malformed e) {
        return error(HttpStatus.BAD_REQUEST, "invalid_request", e.getMessage());
    }

    @ExceptionHandler(TokenRequestForm.TooLarge.class)
    ResponseEntity<ProblemDetail> tooLarge(TokenRequestForm.TooLarge e) {
        ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE, "invalid_request",
                e.getMessage());
        // the rest of the body is left unread, so the connection cannot carry another request
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).header("Connection", "close")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The body broke off, or passed the service-wide limit, while it was read. */
    @ExceptionHandler(IOException.class)
    ResponseEntity<ProblemDetail> unreadable(IOException e) {
        return error(HttpStatus.BAD_REQUEST, "invalid_request", "The request body could not be read.");
    }

    /** A store or signer failure is the server's, and passes: the client may simply retry. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> unavailable(RuntimeException e) {
        log.error("Token request failed", e);
        return error(HttpStatus.SERVICE_UNAVAILABLE, "temporarily_unavailable", "No token can be issued now; retry later.");
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

    /**
     * A client id as logged and throttled: anyone can send one, so it is cut short and stripped
     * of control characters that could forge log lines.
     */
    static String printable(String clientId) {
        String stripped = clientId.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", "");
        return stripped.length() > 100 ? stripped.substring(0, 100) : stripped;
    }

    /** RFC 6749 error body, also readable as RFC 9457 problem details. */
    private static ResponseEntity<ProblemDetail> error(HttpStatus status, String code, String description) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(status, "oauth2/" + code.replace('_', '-'), code, description));
    }

    private static ProblemDetail problem(HttpStatus status, String type, String code, String description) {
        ProblemDetail problem = Problems.of(status, type, "Token request refused", description);
        problem.setProperty("error", code);
        problem.setProperty("error_description", description);
        return problem;
    }
}
