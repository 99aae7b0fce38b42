package org.caravan.party.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The consumer's tracking pages, open to anyone without signing in. They keep no session: a
 * consumer is nobody to the service, and a session per visitor would cost memory per lookup.
 * The form that asks for the consignee's proof still carries a CSRF token, kept in a cookie
 * instead of a session, so no other site can make a browser spend its proof attempts. The
 * browser headers are the console's.
 */
@Configuration
class ConsumerPages {

    @Bean
    @Order(1)
    @ConditionalOnWebApplication
    SecurityFilterChain tracking(HttpSecurity http) throws Exception {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookiePath("/track");
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
        http.securityMatcher("/track", "/track/**")
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.csrfTokenRepository(tokens))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(ConsoleSignIn.CONSOLE_CONTENT_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
