package org.caravan.party;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.LongAdder;

import org.caravan.common.audit.AuditTrail;
import org.caravan.common.Conflict;
import org.caravan.common.Ids;
import org.caravan.common.NotFound;
import org.caravan.common.ProblemTypes;
import org.caravan.party.internal.store.ConsumerIdTable;
import org.caravan.party.internal.consumer.IdentityDigest;
import org.caravan.reference.CountryCode;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pseudonymous consumer ids: issued once per person by the customs of a country after it
 * checked the person's identity (as Korea's customs portal does for the personal customs
 * clearance code), quoted on filings instead of a national identity number, revoked and
 * reissued after a leak. Every id a person is issued stands for the same person key, so
 * quotas follow the person across reissues.
 */
@Service
public class ConsumerIds {

    private final ConsumerIdTable table;
    private final IdentityDigest digest;
    private final SecureRandom random = new SecureRandom();
    /** Batched standing look-ups made: filing must make one per chunk of parcels, never one per parcel. */
    private final LongAdder lookups = new LongAdder();

    private final AuditTrail audit;

    ConsumerIds(ConsumerIdTable table, IdentityDigest digest, AuditTrail audit) {
        this.table = table;
        this.digest = digest;
        this.audit = audit;
    }

    /**
     * Issues the person's id of {@code country}, by an officer of that country or an admin.
     * A person who holds one already is refused (409) with its standing but not the id: a
     * caller who knows a national identity number must not learn the pseudonym it hides.
     * With {@code replacing} (the reason) the person's current id is reissued instead: the
     * way back for a person who lost the id, which never shows the old one and stops it
     * working, so a misuse is noticed by its holder.
     */
    @Transactional
    public ConsumerIdRecord issue(Caller by, CountryCode country, IdentityDocument document,
            java.util.Optional<String> replacing) {
        Roles.require(by, Role.OFFICER, Role.ADMIN);
        if (!by.administers(country)) {
            throw new AccessDeniedException("Only the customs of " + country + " issue its consumer ids");
        }
        String personDigest = digest.of(document);
        var existing = table.personOf(country, personDigest);
        if (existing.isPresent() && replacing.isPresent()) {
            return table.current(existing.get())
                    .map(current -> reissue(by, current.record().consumerId(), replacing.get()))
                    .orElseThrow(() -> alreadyIssued(country, existing.get()));
        }
        if (existing.isPresent()) {
            throw alreadyIssued(country, existing.get());
        }
        UUID person = Ids.next();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        try {
            table.insertPerson(person, country, personDigest, now);
        } catch (DuplicateKeyException e) {
            // an officer elsewhere issued for the same person a moment ago
            throw new Conflict(ProblemTypes.CONSUMER_ID_ALREADY_ISSUED,
                    "This person holds a consumer id of " + country + " already; reissue it to replace it");
        }
        String id = unused(country);
        table.insert(id, person, country, by.partyId(), now);
        audit.record(by.clientId(), "consumer-id.issued", "consumer-person", person, country.value(), "consumerId", id);
        return table.find(id).orElseThrow().record();
    }

    /** Revokes an id, after a leak or at the person's request; filings quoting it are refused from now on. */
    @Transactional
    public ConsumerIdRecord revoke(Caller by, String consumerId, String reason) {
        ConsumerIdTable.Row row = visible(by, consumerId);
        requireReason(reason);
        if (!table.revoke(consumerId, reason, Instant.now().truncatedTo(ChronoUnit.MICROS))) {
            throw new Conflict(ProblemTypes.CONSUMER_ID_ALREADY_REVOKED, "Consumer id " + consumerId + " was revoked before");
        }
        audit.record(by.clientId(), "consumer-id.revoked", "consumer-person", row.personId(),
                row.record().country().value(), "consumerId", consumerId, "reason", reason);
        return table.find(row.record().consumerId()).orElseThrow().record();
    }

    /**
     * Gives the person of {@code consumerId} a new id and revokes the old one (if it is not
     * yet): the new id continues the person's quotas. Only the person's current id is
     * reissued, so a person never holds two usable ids.
     */
    @Transactional
    public ConsumerIdRecord reissue(Caller by, String consumerId, String reason) {
        ConsumerIdTable.Row row = visible(by, consumerId);
        requireReason(reason);
        CountryCode country = row.record().country();
        String successor = unused(country);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (!table.replace(consumerId, successor, reason, now)) {
            throw new Conflict(ProblemTypes.CONSUMER_ID_REPLACED,
                    "Consumer id " + consumerId + " was replaced by a reissue before; reissue the person's current id");
        }
        table.insert(successor, row.personId(), country, by.partyId(), now);
        audit.record(by.clientId(), "consumer-id.reissued", "consumer-person", row.personId(), country.value(),
                "consumerId", successor, "replaces", consumerId, "reason", reason);
        return table.find(successor).orElseThrow().record();
    }

    /** An id as the customs of its country see it; 404 for anyone else, so a foreign officer learns nothing. */
    public ConsumerIdRecord find(Caller by, String consumerId) {
        return visible(by, consumerId).record();
    }

    /**
     * The standing of each of {@code consumerIds} that exists (absent ones are unknown), in
     * one query per 500 ids: a manifest's ids are checked per chunk, not per parcel.
     */
    public Map<String, ConsumerIdStanding> standing(Collection<String> consumerIds) {
        Map<String, ConsumerIdStanding> found = new HashMap<>();
        if (!consumerIds.isEmpty()) {
            lookups.increment();
            table.standing(consumerIds).forEach(s -> found.put(s.consumerId(), s));
        }
        return found;
    }

    /** How many batched look-ups {@link #standing} made since the start, each at most one query per 500 ids. */
    public long lookups() {
        return lookups.sum();
    }

    private ConsumerIdTable.Row visible(Caller by, String consumerId) {
        Roles.require(by, Role.OFFICER, Role.ADMIN);
        return ConsumerId.parse(consumerId).flatMap(id -> table.find(id.value()))
                .filter(row -> by.administers(row.record().country()))
                .orElseThrow(() -> new NotFound("No consumer id " + consumerId));
    }

    /** The API names a bad reason as a field; this guards the other callers (the command line). */
    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new IllegalArgumentException("A reason of 1 to 500 characters is required");
        }
    }

    private Conflict alreadyIssued(CountryCode country, UUID person) {
        String standing = table.current(person).map(row -> row.record().revoked()
                ? "revoked on " + row.record().revokedAt().orElseThrow() + " (reissue it to give the person a new one)"
                : "in use since " + row.record().issuedAt()).orElse("recorded");
        return new Conflict(ProblemTypes.CONSUMER_ID_ALREADY_ISSUED,
                "This person holds a consumer id of " + country + " already, " + standing
                        + "; the id itself is not shown: the person quotes it, or it is reissued (replacing, with a reason)");
    }

    /** A fresh random id; 10^11 ids per country make a clash rare, and a clash is drawn again. */
    private String unused(CountryCode country) {
        while (true) {
            String id = ConsumerId.generate(country, random).value();
            if (table.find(id).isEmpty()) {
                return id;
            }
        }
    }
}
