package org.caravan.party.internal;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.caravan.party.Party;
import org.caravan.party.internal.store.PartyTable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a client's secret against its stored hash. An unknown client id costs the same
 * password check as a known one, against a hash nobody holds, so the answer time does not
 * tell which client ids exist.
 */
@Component
public class ClientSecrets {

    private final Function<String, Optional<PartyTable.Row>> rows;
    private final PasswordEncoder passwords;
    private final String unmatchable;

    @Autowired
    ClientSecrets(PartyTable parties, PasswordEncoder passwords) {
        this(parties::byClientId, passwords);
    }

    ClientSecrets(Function<String, Optional<PartyTable.Row>> rows, PasswordEncoder passwords) {
        this.rows = rows;
        this.passwords = passwords;
        this.unmatchable = passwords.encode(UUID.randomUUID().toString());
    }

    public Optional<Party> authenticate(String clientId, String secret) {
        Optional<PartyTable.Row> row = rows.apply(clientId);
        boolean matches = passwords.matches(secret, row.map(PartyTable.Row::secretHash).orElse(unmatchable));
        return matches ? row.map(PartyTable.Row::party) : Optional.empty();
    }
}
