package org.caravan.party.internal.issuer;

import org.caravan.party.internal.ClientSecrets;
import org.caravan.party.internal.KeyRing;
import org.caravan.party.internal.LoginThrottle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The built-in issuer: Spring Authorization Server for the client credentials grant at
 * {@value #TOKEN_PATH}, with revocation (RFC 7009), introspection (RFC 7662), the JWKS and the
 * server metadata (RFC 8414). Its own filter chain comes first; the API's follows.
 */
@Configuration
public class AuthorizationServerConfiguration {

    public static final String TOKEN_PATH = "/oauth2/token";
    public static final String REVOKE_PATH = "/oauth2/revoke";
    public static final String INTROSPECT_PATH = "/oauth2/introspect";
    public static final String JWKS_PATH = "/oauth2/jwks";

    @Bean
    AuthorizationServerSettings authorizationServerSettings(@Value("${caravan.security.issuer}") String issuer) {
        return AuthorizationServerSettings.builder().issuer(issuer).tokenEndpoint(TOKEN_PATH)
                .tokenRevocationEndpoint(REVOKE_PATH).tokenIntrospectionEndpoint(INTROSPECT_PATH).jwkSetEndpoint(JWKS_PATH)
                .build();
    }

    /** Signs with the ring's current key only, so a token always names one key. */
    @Bean
    JwtEncoder jwtEncoder(KeyRing keys) {
        return new NimbusJwtEncoder(keys.signingKey());
    }

    /** What the JWKS endpoint publishes: every key not yet retired. */
    @Bean
    JWKSource<SecurityContext> jwkSource(KeyRing keys) {
        return keys.verificationKeys();
    }

    @Bean
    @Order(1)
    @ConditionalOnWebApplication
    SecurityFilterChain authorizationServer(HttpSecurity http, JsonMapper json, ClientSecrets clientSecrets,
            LoginThrottle throttle, StoredAuthorizations authorizations, PartyClients clients) throws Exception {
        TokenErrors errors = new TokenErrors(json);
        SecretAuthentication secrets = new SecretAuthentication(clientSecrets, throttle, clients);
        http.oauth2AuthorizationServer(server -> {
            http.securityMatcher(server.getEndpointsMatcher());
            server.registeredClientRepository(clients).authorizationService(authorizations)
                    .clientAuthentication(client -> client
                            .authenticationProviders(providers -> {
                                // our check against every live credential replaces the one-secret check
                                providers.clear();
                                providers.add(secrets);
                            })
                            .errorResponseHandler(errors))
                    .tokenEndpoint(token -> token.errorResponseHandler(errors))
                    .tokenRevocationEndpoint(revocation -> revocation.errorResponseHandler(errors))
                    .tokenIntrospectionEndpoint(introspection -> introspection.errorResponseHandler(errors));
        });
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new TokenRequestLimit(json), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .exceptionHandling(ex -> ex.authenticationEntryPoint((request, response, e) -> TokenErrors.write(json,
                        response, TokenErrors.oauth(org.springframework.http.HttpStatus.UNAUTHORIZED, "invalid_client",
                                "Client authentication is required."))));
        return http.build();
    }
}
