package org.caravan.party.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.caravan.common.ProblemTypes;
import org.caravan.common.web.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every {@code /api} endpoint but consumer tracking needs a bearer token from the
 * built-in issuer (or, by configuration, an external one); failures answer with
 * problem details like every other rejection.
 */
@Configuration
public class SecurityConfiguration {

    public static final String ISSUER = "caravan";
    public static final String TOKEN_PATH = "/oauth2/token";
    static final String SECURED = "/api/**";
    /** What a browser may do with an API answer: nothing but read it. */
    static final String API_CONTENT_POLICY = "default-src 'none'; frame-ancestors 'none'";
    /** Consumer tracking, read without a token. */
    static final String OPEN_TRACKING = "/api/v1/tracking/**";

    /** The consignee sends a document customs asked for, proving a fact of the filing instead of a token. */
    static final String CONSIGNEE_DOCUMENTS = "/api/v1/tracking/*/document-requests/*/documents";

    /** The consignee pays the duties due, proving a fact of the filing instead of a token. */
    static final String CONSIGNEE_PAYMENTS = "/api/v1/tracking/*/payments";

    @Bean
    RSAKey signingKey(@Value("${caravan.security.signing-key-file:}") String file) {
        return SigningKey.load(file);
    }

    @Bean
    JwtEncoder jwtEncoder(RSAKey key) {
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
    }

    @Bean
    JwtDecoder jwtDecoder(RSAKey key) throws JOSEException {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(key.toRSAPublicKey()).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(ISSUER),
                new CallerClaims()));
        return decoder;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
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
                        .requestMatchers(HttpMethod.POST, TOKEN_PATH).permitAll()
                        .requestMatchers(HttpMethod.GET, OPEN_TRACKING).permitAll()
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
