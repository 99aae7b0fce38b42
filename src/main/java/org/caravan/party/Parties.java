package org.caravan.party;

import java.util.Optional;

import org.caravan.party.internal.store.PartyTable;
import org.caravan.reference.CountryCode;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Registers parties and their client credentials. */
@Service
public class Parties {

    private final PartyTable table;
    private final PasswordEncoder passwords;

    Parties(PartyTable table, PasswordEncoder passwords) {
        this.table = table;
        this.passwords = passwords;
    }

    public Party register(String clientId, String secret, String name, Role role, Optional<CountryCode> administration) {
        if ((role == Role.OFFICER || role == Role.ISSUING_AGENCY) && administration.isEmpty()) {
            throw new IllegalArgumentException("An officer or issuing agency belongs to the administration of a country");
        }
        return table.insert(clientId, passwords.encode(secret), name, role, administration);
    }

    public Optional<Party> byClientId(String clientId) {
        return table.byClientId(clientId).map(PartyTable.Row::party);
    }

    /** Registers the party unless its client id exists already. */
    public Party ensure(String clientId, String secret, String name, Role role, Optional<CountryCode> administration) {
        return byClientId(clientId).orElseGet(() -> register(clientId, secret, name, role, administration));
    }
}
