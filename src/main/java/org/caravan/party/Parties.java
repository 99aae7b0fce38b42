package org.caravan.party;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.caravan.party.internal.store.PartyTable;
import org.caravan.reference.Channel;
import org.caravan.reference.CountryCode;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Registers parties and their client credentials. */
@Service
public class Parties {

    private final PartyTable table;
    private final PasswordEncoder passwords;
    private final Map<UUID, Channel> channels = new ConcurrentHashMap<>();

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

    /**
     * The channel a declarant's parcels travel by (a post's are postal items, an e-commerce
     * operator's e-commerce goods); a party's role never changes, so it is cached.
     */
    public Channel channelOf(UUID declarantPartyId) {
        return channels.computeIfAbsent(declarantPartyId,
                id -> table.roleOf(id).map(Role::channel).orElse(Channel.COURIER));
    }

    /** Registers the party unless its client id exists already. */
    public Party ensure(String clientId, String secret, String name, Role role, Optional<CountryCode> administration) {
        return byClientId(clientId).orElseGet(() -> register(clientId, secret, name, role, administration));
    }
}
