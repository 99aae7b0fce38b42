package org.caravan.party.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.caravan.party.Caller;
import org.caravan.party.Party;
import org.caravan.party.Role;
import org.caravan.party.internal.store.CredentialTable;
import org.caravan.party.internal.store.PartyTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * People sign in to the console: an officer or an administrator with their own client id and
 * secret, never a machine's token. The console keeps a session, so every form that changes
 * something carries a CSRF token (Spring Security's, checked on every unsafe method) and the
 * session cookie is HttpOnly and SameSite=Strict. Failed sign-ins count against the same
 * throttle as the token endpoint.
 */
@Configuration
class ConsoleSignIn {

    private static final Logger log = LoggerFactory.getLogger(ConsoleSignIn.class);

    /** What a console page may load: its own scripts and styles, nothing framed, forms posted only to itself. */
    static final String CONSOLE_CONTENT_POLICY = "default-src 'self'; frame-ancestors 'none'; form-action 'self'; "
            + "base-uri 'none'; object-src 'none'";

    @Bean
    @Order(0)
    @ConditionalOnWebApplication
    SecurityFilterChain console(HttpSecurity http, ClientSecrets secrets, LoginThrottle throttle, PartyTable parties,
            CredentialTable credentials) throws Exception {
        http.securityMatcher("/console", "/console/**", "/login", "/logout")
                .addFilterAfter(new StillLive(parties, credentials), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login").permitAll()
                        .anyRequest().hasAnyRole(Role.OFFICER.name(), Role.ADMIN.name()))
                .authenticationManager(new ProviderManager(new People(secrets, throttle)))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/console", true))
                .logout(out -> out.logoutSuccessUrl("/login?logout"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONSOLE_CONTENT_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /**
     * Ends a console session whose person was suspended or whose credential was revoked since
     * signing in: the session would otherwise outlive the revocation that cut off their tokens.
     */
    static final class StillLive extends OncePerRequestFilter {

        private final PartyTable parties;
        private final CredentialTable credentials;

        StillLive(PartyTable parties, CredentialTable credentials) {
            this.parties = parties;
            this.credentials = credentials;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
            if (signedIn != null && signedIn.getPrincipal() instanceof Caller person
                    && signedIn.getDetails() instanceof UUID credential && !live(person.partyId(), credential)) {
                log.warn("Console session of '{}' ended: the party was suspended or its credential revoked",
                        person.clientId());
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            }
            chain.doFilter(request, response);
        }

        private boolean live(UUID partyId, UUID credential) {
            return parties.byId(partyId).filter(row -> !row.suspended()).isPresent()
                    && credentials.byId(partyId, credential).filter(c -> c.live()).isPresent();
        }
    }

    /** Checks a person's secret; machines (platforms, couriers) are not people and do not sign in here. */
    static final class People implements AuthenticationProvider {

        private final ClientSecrets secrets;
        private final LoginThrottle throttle;

        People(ClientSecrets secrets, LoginThrottle throttle) {
            this.secrets = secrets;
            this.throttle = throttle;
        }

        @Override
        public Authentication authenticate(Authentication attempt) {
            String clientId = String.valueOf(attempt.getName());
            String address = attempt.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "";
            Optional<Duration> lockedOut = throttle.lockedOut(clientId, address);
            if (lockedOut.isPresent()) {
                throw new LockedException("Too many failed sign-ins; try again in " + lockedOut.get().toSeconds() + " s");
            }
            Optional<ClientSecrets.Authenticated> person = secrets.authenticate(clientId,
                    String.valueOf(attempt.getCredentials()))
                    .filter(a -> a.party().role() == Role.OFFICER || a.party().role() == Role.ADMIN);
            if (person.isEmpty()) {
                throttle.failed(clientId, address);
                log.warn("Console sign-in refused from {}: unknown person or wrong secret", address);
                throw new BadCredentialsException("Unknown person or wrong secret");
            }
            throttle.succeeded(clientId);
            Party p = person.get().party();
            Caller caller = new Caller(p.id(), p.clientId(), p.role(), p.administration());
            UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(caller, null,
                    List.of(new SimpleGrantedAuthority("ROLE_" + p.role().name())));
            // the credential signed in with, so the session ends when it is revoked
            signedIn.setDetails(person.get().credentialId());
            return signedIn;
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
        }
    }
}
