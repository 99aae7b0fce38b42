package org.caravan.party.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.caravan.common.InvalidInput;
import org.caravan.common.NotFound;
import org.caravan.common.audit.AuditTrail;
import org.caravan.common.Violation;
import org.caravan.party.Caller;
import org.caravan.party.internal.store.PartyTable;
import org.caravan.party.internal.store.SignatureRequirementTable;
import org.caravan.reference.CountryCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which administrations require a party's filings to be signed. An ADMIN, or an OFFICER of the
 * country, puts a requirement in force or lifts it, always with a reason; the party sees its
 * own. What a filing asks is answered from a short-lived cache: at most one query per party
 * and {@link #FRESH_FOR}, never one per parcel, and a change made here is seen at once.
 */
@Service
public class SignatureRequirements {

    /** How long another instance's change may take to be seen here. */
    static final Duration FRESH_FOR = Duration.ofSeconds(30);
    static final int MAX_REASON = 500;

    private final SignatureRequirementTable table;
    private final PartyTable parties;
    private final Map<UUID, Known> known = new ConcurrentHashMap<>();

    private record Known(Set<String> countries, long loadedAt) {
    }

    private final AuditTrail audit;

    SignatureRequirements(SignatureRequirementTable table, PartyTable parties, AuditTrail audit) {
        this.audit = audit;
        this.table = table;
        this.parties = parties;
    }

    /** The requirement of one country for one party, with every change ever made to it. */
    public record State(UUID partyId, String country, SignatureRequirementTable.Requirement inForce,
            List<SignatureRequirementTable.Change> changes) {
    }

    @Transactional
    public State require(Caller caller, UUID partyId, String country, String reason) {
        CountryCode cc = checkAdministers(caller, partyId, country);
        String why = checkReason("/reason", reason);
        table.require(partyId, cc.value(), why, caller.clientId(), Instant.now());
        audit.record(caller.clientId(), "signature-requirement.set", "party", partyId, cc.value(), "reason", why);
        NowAndAfterCommit.run(() -> known.remove(partyId));
        return state(partyId, cc.value());
    }

    @Transactional
    public State lift(Caller caller, UUID partyId, String country, String reasonPointer, String reason) {
        CountryCode cc = checkAdministers(caller, partyId, country);
        String why = checkReason(reasonPointer, reason);
        if (!table.lift(partyId, cc.value(), why, caller.clientId(), Instant.now())) {
            throw new NotFound("No signature requirement of " + cc + " for party " + partyId);
        }
        audit.record(caller.clientId(), "signature-requirement.lifted", "party", partyId, cc.value(), "reason", why);
        NowAndAfterCommit.run(() -> known.remove(partyId));
        return state(partyId, cc.value());
    }

    /** Seen by the party itself and by whoever administers the country; to anyone else it does not exist. */
    @Transactional(readOnly = true)
    public State show(Caller caller, UUID partyId, String country) {
        CountryCode cc = country(country);
        if (!(caller.partyId().equals(partyId) || caller.administers(cc)) || parties.roleOf(partyId).isEmpty()) {
            throw new NotFound("No party " + partyId);
        }
        return state(partyId, cc.value());
    }

    /** The requirements in force for the party, as far as the caller may see them. */
    @Transactional(readOnly = true)
    public List<SignatureRequirementTable.Requirement> list(Caller caller, UUID partyId) {
        boolean self = caller.partyId().equals(partyId);
        List<SignatureRequirementTable.Requirement> all = table.ofParty(partyId);
        if (parties.roleOf(partyId).isEmpty() || !(self || caller.is(org.caravan.party.Role.ADMIN)
                || caller.is(org.caravan.party.Role.OFFICER))) {
            throw new NotFound("No party " + partyId);
        }
        return self ? all : all.stream().filter(r -> caller.administers(CountryCode.of(r.country()))).toList();
    }

    /** The countries requiring the party's filings to be signed. */
    public Set<String> countriesRequiring(UUID partyId) {
        long now = System.nanoTime();
        Known k = known.get(partyId);
        if (k == null || now - k.loadedAt() > FRESH_FOR.toNanos()) {
            k = new Known(table.countriesOf(partyId), now);
            known.put(partyId, k);
        }
        return k.countries();
    }

    private CountryCode checkAdministers(Caller caller, UUID partyId, String country) {
        CountryCode cc = country(country);
        boolean self = caller.partyId().equals(partyId);
        if (parties.roleOf(partyId).isEmpty() || !(self || caller.administers(cc))) {
            throw new NotFound("No party " + partyId);
        }
        if (!caller.administers(cc)) {
            throw new AccessDeniedException("Only an ADMIN or an OFFICER of " + cc + " may change what " + cc + " requires");
        }
        return cc;
    }

    private static CountryCode country(String country) {
        if (country == null || !CountryCode.isValid(country)) {
            throw new InvalidInput(new Violation("path:country", "invalid", "must be an ISO 3166-1 alpha-2 code such as KZ"));
        }
        return CountryCode.of(country);
    }

    private static String checkReason(String pointer, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput(new Violation(pointer, "required", "say why the requirement changes"));
        }
        if (reason.length() > MAX_REASON) {
            throw new InvalidInput(new Violation(pointer, "too-long", "must be at most " + MAX_REASON + " characters"));
        }
        return reason.strip();
    }

    private State state(UUID partyId, String country) {
        return new State(partyId, country, table.find(partyId, country).orElse(null), table.changes(partyId, country));
    }
}
