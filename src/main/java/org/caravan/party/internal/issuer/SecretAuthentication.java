package org.caravan.party.internal.issuer;

import java.time.Duration;
import java.util.Optional;

import org.caravan.party.internal.ClientSecrets;
import org.caravan.party.internal.LoginThrottle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Authenticates a client at the authorization server's endpoints by HTTP Basic or form fields
 * against any live credential of its party, in place of the server's single-secret check. Secret
 * guessing is throttled per client id and per address ({@link LoginThrottle}); every refusal is
 * logged with the client id and address, never the secret. Not a bean: as the only provider bean
 * it would also become the global authentication manager's and check every failure twice.
 */
final class SecretAuthentication implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(SecretAuthentication.class);

    private final ClientSecrets secrets;
    private final LoginThrottle throttle;
    private final RegisteredClientRepository clients;

    SecretAuthentication(ClientSecrets secrets, LoginThrottle throttle, RegisteredClientRepository clients) {
        this.secrets = secrets;
        this.throttle = throttle;
        this.clients = clients;
    }

    /** Refused while the client id or the address is locked out; answered 429 with Retry-After. */
    static final class LockedOut extends OAuth2AuthenticationException {

        private final Duration wait;

        LockedOut(Duration wait) {
            super(new OAuth2Error(OAuth2ErrorCodes.INVALID_CLIENT,
                    "Too many failed attempts for this client or from this address; retry after " + seconds(wait) + " s.",
                    null));
            this.wait = wait;
        }

        long retryAfterSeconds() {
            return seconds(wait);
        }

        private static long seconds(Duration wait) {
            return Math.max(1, (wait.toMillis() + 999) / 1000);
        }
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        OAuth2ClientAuthenticationToken request = (OAuth2ClientAuthenticationToken) authentication;
        ClientAuthenticationMethod method = request.getClientAuthenticationMethod();
        if (!ClientAuthenticationMethod.CLIENT_SECRET_BASIC.equals(method)
                && !ClientAuthenticationMethod.CLIENT_SECRET_POST.equals(method)) {
            return null;
        }
        String clientId = printable(request.getPrincipal().toString());
        String secret = request.getCredentials() == null ? "" : request.getCredentials().toString();
        String address = request.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "unknown";
        Optional<Duration> lockedOut = throttle.lockedOut(clientId, address);
        if (lockedOut.isPresent()) {
            log.warn("Token request refused for client '{}' from {}: locked out for {} s after failed attempts", clientId,
                    address, LockedOut.seconds(lockedOut.get()));
            throw new LockedOut(lockedOut.get());
        }
        try {
            Optional<ClientSecrets.Authenticated> proved = secrets.authenticate(request.getPrincipal().toString(), secret);
            RegisteredClient client = proved.map(p -> clients.findById(p.party().id().toString())).orElse(null);
            if (client == null) {
                throttle.failed(clientId, address);
                log.warn("Token request refused for client '{}' from {}: unknown client or wrong secret", clientId, address);
                throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_CLIENT,
                        "Unknown client or wrong secret.", null));
            }
            throttle.succeeded(clientId);
            OAuth2ClientAuthenticationToken authenticated = new OAuth2ClientAuthenticationToken(client, method, null);
            authenticated.setDetails(proved.get());
            return authenticated;
        } catch (DataAccessException e) {
            // the store's failure, not the client's: it may simply retry
            log.error("Token request failed", e);
            throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.TEMPORARILY_UNAVAILABLE,
                    "No token can be issued now; retry later.", null));
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return OAuth2ClientAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /**
     * A client id as logged and throttled: anyone can send one, so it is cut short and stripped
     * of control characters that could forge log lines.
     */
    static String printable(String clientId) {
        String stripped = clientId.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", "");
        return stripped.length() > 100 ? stripped.substring(0, 100) : stripped;
    }
}
