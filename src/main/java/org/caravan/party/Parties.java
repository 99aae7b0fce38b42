package org.caravan.party;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.caravan.common.audit.AuditTrail;
import org.caravan.common.Conflict;
import org.caravan.common.NotFound;
import org.caravan.common.Violations;
import org.caravan.party.internal.TokenRevocations;
import org.caravan.party.internal.store.CredentialTable;
import org.caravan.party.internal.store.PartyTable;
import org.caravan.reference.Channel;
import org.caravan.reference.CountryCode;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The party registry: registers parties, issues and revokes their client credentials and
 * suspends them. Revoking a credential or suspending a party also revokes the tokens issued
 * with it, so the API refuses them at once rather than when they expire.
 */
@Service
public class Parties {

    /** The problem type of a client id registered already. */
    public static final String CLIENT_ID_TAKEN = "party-already-registered";
    static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{2,99}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PartyTable table;
    private final CredentialTable credentials;
    private final PasswordEncoder passwords;
    private final TokenRevocations revocations;
    private final Clock clock = Clock.systemUTC();
    private final Map<UUID, Channel> channels = new ConcurrentHashMap<>();

    private final AuditTrail audit;

    Parties(PartyTable table, CredentialTable credentials, PasswordEncoder passwords, TokenRevocations revocations,
            AuditTrail audit) {
        this.audit = audit;
        this.table = table;
        this.credentials = credentials;
        this.passwords = passwords;
        this.revocations = revocations;
    }

    /** Registers a party with a first credential whose secret the caller chose (demo parties, tests). */
    @Transactional
    public Party register(String clientId, String secret, String name, Role role, Optional<CountryCode> administration) {
        if ((role == Role.OFFICER || role == Role.ISSUING_AGENCY) && administration.isEmpty()) {
            throw new IllegalArgumentException("An officer or issuing agency belongs to the administration of a country");
        }
        Party party = table.insert(clientId, name, role, administration, clock.instant());
        credentials.insert(party.id(), passwords.encode(secret), clock.instant());
        return party;
    }

    /**
     * Onboards a party as an administrator asks, without credentials yet: every field checked
     * at once (422 naming each), a client id in use is a 409.
     */
    @Transactional
    public Party onboard(String actor, String clientId, String name, String role, String administration) {
        Violations v = new Violations();
        if (v.required("/clientId", clientId) && !CLIENT_ID.matcher(clientId).matches()) {
            v.add("/clientId", "not-a-client-id", "must be 3 to 100 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        if (v.required("/name", name)) {
            v.maxLength("/name", name, 200);
        }
        Role parsed = null;
        if (v.required("/role", role)) {
            try {
                parsed = Role.valueOf(role);
            } catch (IllegalArgumentException e) {
                v.add("/role", "unknown-role", "must be one of " + List.of(Role.values()));
            }
        }
        boolean ofAdministration = parsed == Role.OFFICER || parsed == Role.ISSUING_AGENCY;
        if (ofAdministration && v.required("/administration", administration) && !CountryCode.isValid(administration)) {
            v.add("/administration", "not-a-country", "must be an ISO 3166-1 alpha-2 country code such as KZ");
        } else if (parsed != null && !ofAdministration && administration != null) {
            v.add("/administration", "not-allowed", "only an OFFICER or an ISSUING_AGENCY acts for an administration");
        }
        v.throwIfAny();
        if (table.byClientId(clientId).isPresent()) {
            throw taken(clientId);
        }
        Party party;
        try {
            party = table.insert(clientId, name.trim(), parsed,
                    ofAdministration ? Optional.of(CountryCode.of(administration)) : Optional.empty(), clock.instant());
        } catch (DuplicateKeyException e) {
            throw taken(clientId);
        }
        audit.record(actor, "party.onboarded", "party", party.id(), party.administration().map(CountryCode::value).orElse(null),
                "clientId", clientId, "role", parsed.name(), "name", party.name());
        return party;
    }

    public Optional<Party> byClientId(String clientId) {
        return table.byClientId(clientId).map(PartyTable.Row::party);
    }

    public Optional<Registered> byId(UUID id) {
        return table.byId(id).map(row -> registered(row));
    }

    /** A page of parties in client id order, after {@code afterClientId} when given. */
    public List<Registered> page(Optional<String> afterClientId, int limit) {
        return table.page(afterClientId, limit).stream().map(this::registered).toList();
    }

    /** Issues a new generated secret; the party's other credentials stay valid until revoked. */
    @Transactional
    public IssuedCredential issueCredential(String actor, UUID partyId) {
        PartyTable.Row row = table.byId(partyId).orElseThrow(() -> notFound(partyId));
        if (row.suspended()) {
            throw new Conflict("party-suspended", "Party " + row.party().clientId() + " is suspended");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Credential issued = credentials.insert(partyId, passwords.encode(secret), clock.instant());
        audit.record(actor, "credential.issued", "party", partyId, null, "credential", issued.id());
        return new IssuedCredential(issued, secret);
    }

    /** Revokes one credential and every live token issued with it. */
    @Transactional
    public Credential revokeCredential(String actor, UUID partyId, UUID credentialId) {
        Credential credential = credentials.byId(partyId, credentialId)
                .orElseThrow(() -> new NotFound("No credential " + credentialId + " of party " + partyId));
        if (credentials.revoke(partyId, credentialId, clock.instant())) {
            revocations.credentialRevoked(credentialId);
            audit.record(actor, "credential.revoked", "party", partyId, null, "credential", credentialId);
        }
        return credentials.byId(partyId, credentialId).orElse(credential);
    }

    /** Suspends the party: it gets no more tokens, and its live tokens are revoked. */
    @Transactional
    public Registered suspend(String actor, UUID partyId) {
        table.byId(partyId).orElseThrow(() -> notFound(partyId));
        if (table.suspend(partyId, clock.instant())) {
            audit.record(actor, "party.suspended", "party", partyId, null);
        }
        revocations.partySuspended(partyId);
        return byId(partyId).orElseThrow();
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

    /** A party as the registry shows it to an administrator: with its credentials and whether it is suspended. */
    public record Registered(Party party, java.time.Instant registeredAt, Optional<java.time.Instant> suspendedAt,
            List<Credential> credentials) {
    }

    private Registered registered(PartyTable.Row row) {
        return new Registered(row.party(), row.createdAt(), row.suspendedAt(), credentials.of(row.party().id()));
    }

    private static NotFound notFound(UUID partyId) {
        return new NotFound("No party " + partyId);
    }

    private static Conflict taken(String clientId) {
        return new Conflict(CLIENT_ID_TAKEN, "Client id " + clientId + " is registered already",
                List.of(new org.caravan.common.Violation("/clientId", "taken", "is registered already")));
    }
}
