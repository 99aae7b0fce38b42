package org.caravan.party.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.caravan.common.ProblemTypes;
import org.caravan.common.web.Problems;
import org.caravan.party.internal.issuer.AuthorizationServerConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every {@code /api} endpoint but consumer tracking needs a bearer token from the
 * built-in issuer (or, by configuration, an external one); failures answer with
 * problem details like every other rejection.
 */
@Configuration
public class SecurityConfiguration {

    public static final String TOKEN_PATH = AuthorizationServerConfiguration.TOKEN_PATH;
    static final String SECURED = "/api/**";
    /** What a browser may do with an API answer: nothing but read it. */
    static final String API_CONTENT_POLICY = "default-src 'none'; frame-ancestors 'none'";
    /** Consumer tracking, read without a token. */
    static final String OPEN_TRACKING = "/api/v1/tracking/**";

    /** The consignee sends a document customs asked for, proving a fact of the filing instead of a token. */
    static final String CONSIGNEE_DOCUMENTS = "/api/v1/tracking/*/document-requests/*/documents";

    /** The consignee pays the duties due, proving a fact of the filing instead of a token. */
    static final String CONSIGNEE_PAYMENTS = "/api/v1/tracking/*/payments";

    /**
     * The API accepts tokens of the built-in issuer (signed by a key of the ring not yet
     * retired, of this issuer and audience, unexpired, and still active: not revoked, of no
     * revoked credential or suspended party) or, when {@code caravan.security.issuer-uri} is
     * set, of that external issuer instead ({@link ExternalIssuer}).
     */
    @Bean
    JwtDecoder jwtDecoder(KeyRing keys, ActiveTokens active, Environment environment,
            @Value("${caravan.security.issuer}") String issuer,
            @Value("${caravan.security.audience:caravan-api}") String audience) {
        ExternalIssuer external = ExternalIssuer.of(environment);
        if (external != null) {
            return external.decoder();
        }
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys.verificationKeys()));
        // Spring's validators below check the claims
        processor.setJWTClaimsSetVerifier((claims, context) -> {
        });
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
                audience(audience), new CallerClaims(), active));
        return decoder;
    }

    static OAuth2TokenValidator<Jwt> audience(String audience) {
        return new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, aud -> aud != null && aud.contains(audience));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    @Order(2)
    @ConditionalOnWebApplication
    SecurityFilterChain api(HttpSecurity http, JsonMapper json) throws Exception {
        JwtAuthenticationConverter roles = new JwtAuthenticationConverter();
        roles.setJwtGrantedAuthoritiesConverter(
                jwt -> List.of(new SimpleGrantedAuthority("ROLE_" + jwt.getClaimAsString(CallerClaims.ROLE))));
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Spring's defaults (nosniff, frame denial, no caching, HSTS over TLS) plus: the API answers data,
                // never a page, so nothing it returns may load anything or be framed, and no address leaks onwards
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                PathPatternRequestMatcher.withDefaults().matcher(SECURED),
                                new StaticHeadersWriter("Content-Security-Policy", API_CONTENT_POLICY))))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, OPEN_TRACKING).permitAll()
                        // the corridor key is published for partners to verify messages with
                        .requestMatchers(HttpMethod.GET, "/api/v1/exchange/key").permitAll()
                        .requestMatchers(HttpMethod.POST, CONSIGNEE_DOCUMENTS).permitAll()
                        .requestMatchers(HttpMethod.POST, CONSIGNEE_PAYMENTS).permitAll()
                        .requestMatchers(SECURED).authenticated()
                        .anyRequest().permitAll())
                .oauth2ResourceServer(rs -> rs
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(roles))
                        .authenticationEntryPoint((request, response, e) -> write(json, response,
                                Problems.of(HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED, "Authentication required",
                                        "Send a bearer token from POST /oauth2/token (client credentials).")))
                        .accessDeniedHandler((request, response, e) -> write(json, response, forbidden())))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) -> write(json, response,
                                Problems.of(HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED, "Authentication required",
                                        "Send a bearer token from POST /oauth2/token (client credentials).")))
                        .accessDeniedHandler((request, response, e) -> write(json, response, forbidden())));
        return http.build();
    }

    static ProblemDetail forbidden() {
        return Problems.of(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Not allowed for this party",
                "The token's role may not perform this action.");
    }

    private static void write(JsonMapper json, HttpServletResponse response, ProblemDetail problem) throws java.io.IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (problem.getStatus() == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        json.writeValue(response.getOutputStream(), problem);
    }
}
