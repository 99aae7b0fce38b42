package org.caravan.party.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.caravan.party.Party;
import org.caravan.party.internal.store.CredentialTable;
import org.caravan.party.internal.store.PartyTable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a client's secret against the hashes of its live credentials. An unknown client id
 * costs the same password check as a known one, against a hash nobody holds, so the answer
 * time does not tell which client ids exist. A suspended party is refused whatever it sends.
 */
@Component
public class ClientSecrets {

    /** A party that may hold credentials, and the hashes of its live ones. */
    public record Candidate(Party party, boolean suspended, List<CredentialTable.Live> credentials) {
    }

    /** Who proved a secret, and with which credential, so its tokens can be revoked with it. */
    public record Authenticated(Party party, UUID credentialId) {
    }

    private final Function<String, Optional<Candidate>> candidates;
    private final PasswordEncoder passwords;
    private final String unmatchable;

    @Autowired
    ClientSecrets(PartyTable parties, CredentialTable credentials, PasswordEncoder passwords) {
        this(clientId -> parties.byClientId(clientId).map(row -> new Candidate(row.party(), row.suspended(),
                credentials.live(row.party().id()))), passwords);
    }

    ClientSecrets(Function<String, Optional<Candidate>> candidates, PasswordEncoder passwords) {
        this.candidates = candidates;
        this.passwords = passwords;
        this.unmatchable = passwords.encode(UUID.randomUUID().toString());
    }

    public Optional<Authenticated> authenticate(String clientId, String secret) {
        Optional<Candidate> candidate = candidates.apply(clientId);
        List<CredentialTable.Live> live = candidate.map(Candidate::credentials).orElse(List.of());
        if (live.isEmpty()) {
            passwords.matches(secret, unmatchable);
            return Optional.empty();
        }
        UUID matched = null;
        // every live credential is checked, so the time does not tell which one matched
        for (CredentialTable.Live credential : live) {
            if (passwords.matches(secret, credential.secretHash()) && matched == null) {
                matched = credential.id();
            }
        }
        if (matched == null || candidate.get().suspended()) {
            return Optional.empty();
        }
        return Optional.of(new Authenticated(candidate.get().party(), matched));
    }
}
