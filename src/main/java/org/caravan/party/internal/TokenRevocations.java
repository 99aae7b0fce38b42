package org.caravan.party.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.caravan.party.internal.store.IssuedTokenTable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Revokes issued tokens in the store and forgets them in this instance's check cache. */
@Component
public class TokenRevocations {

    private final IssuedTokenTable tokens;
    private final ActiveTokens active;

    TokenRevocations(IssuedTokenTable tokens, ActiveTokens active) {
        this.tokens = tokens;
        this.active = active;
    }

    public void tokenRevoked(String authorizationId) {
        forget(tokens.revokeById(authorizationId, Instant.now()));
    }

    public void credentialRevoked(UUID credentialId) {
        forget(tokens.revokeByCredential(credentialId, Instant.now()));
    }

    public void partySuspended(UUID partyId) {
        forget(tokens.revokeByParty(partyId, Instant.now()));
    }

    /** Forgets now and again once the revocation commits (see {@link NowAndAfterCommit}). */
    private void forget(List<String> jtis) {
        NowAndAfterCommit.run(() -> active.forget(jtis));
    }

    /** An expired token is refused by its expiry alone, so after a day its record only takes room. */
    @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.HOURS)
    void forgetExpired() {
        tokens.forgetExpiredBefore(Instant.now().minus(Duration.ofDays(1)));
    }
}
