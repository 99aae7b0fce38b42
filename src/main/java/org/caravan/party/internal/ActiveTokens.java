package org.caravan.party.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.caravan.party.internal.store.IssuedTokenTable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Refuses a token of the built-in issuer unless its id (jti) is still an unrevoked issued
 * token. The answer is cached per token for a few seconds so a client sending many requests
 * costs one query per {@code caravan.security.revocation-check-cache}, not one per request;
 * a revocation on this instance takes effect at once, on another instance within that time.
 */
@Component
public class ActiveTokens implements OAuth2TokenValidator<Jwt> {

    /** Past this many cached answers the cache is emptied rather than grown. */
    static final int MAX_ENTRIES = 100_000;

    private final IssuedTokenTable tokens;
    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Checked> checked = new ConcurrentHashMap<>();
    private final AtomicLong queries = new AtomicLong();

    ActiveTokens(IssuedTokenTable tokens, @Value("${caravan.security.revocation-check-cache:PT5S}") Duration ttl) {
        this.tokens = tokens;
        this.ttl = ttl;
        this.clock = Clock.systemUTC();
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        String jti = jwt.getId();
        if (jti == null || jti.isBlank()) {
            return refused("the token has no id (jti)");
        }
        return active(jti) ? OAuth2TokenValidatorResult.success() : refused("the token is revoked or unknown");
    }

    boolean active(String jti) {
        Instant now = clock.instant();
        Checked cached = checked.get(jti);
        if (cached != null && now.isBefore(cached.until())) {
            return cached.active();
        }
        queries.incrementAndGet();
        boolean active = tokens.active(jti, now);
        if (checked.size() >= MAX_ENTRIES) {
            checked.clear();
        }
        checked.put(jti, new Checked(active, now.plus(ttl)));
        return active;
    }

    /** Forgets cached answers for tokens just revoked here, so the next request asks the store. */
    void forget(Collection<String> jtis) {
        jtis.forEach(checked::remove);
    }

    /** How many times the store was asked, for measuring the cache. */
    public long queries() {
        return queries.get();
    }

    private static OAuth2TokenValidatorResult refused(String why) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, why, null));
    }

    private record Checked(boolean active, Instant until) {
    }
}
