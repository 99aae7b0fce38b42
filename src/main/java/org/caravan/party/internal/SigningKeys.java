package org.caravan.party.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.caravan.common.audit.AuditTrail;
import org.caravan.common.InvalidInput;
import org.caravan.common.NotFound;
import org.caravan.common.Violation;
import org.caravan.party.Caller;
import org.caravan.party.Role;
import org.caravan.party.internal.store.PartyTable;
import org.caravan.party.internal.store.SigningKeyTable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signing keys of a party, kept by the party itself or an ADMIN. To anyone else the
 * party's keys do not exist, so a key id never tells who else signs with it.
 */
@Service
public class SigningKeys {

    private final SigningKeyTable keys;
    private final PartyTable parties;

    private final AuditTrail audit;

    SigningKeys(SigningKeyTable keys, PartyTable parties, AuditTrail audit) {
        this.keys = keys;
        this.parties = parties;
        this.audit = audit;
    }

    @Transactional
    public SigningKeyTable.Row register(Caller caller, UUID partyId, String jwk) {
        checkKeeper(caller, partyId);
        PublicSigningKey key = PublicSigningKey.read(jwk);
        SigningKeyTable.Row row = new SigningKeyTable.Row(partyId, key.kid(), key.algorithmNames(), key.publicJson(),
                key.thumbprint(), Instant.now(), java.util.Optional.empty());
        try {
            keys.insert(row);
        } catch (DuplicateKeyException e) {
            throw new InvalidInput(new Violation("/kid", "duplicate", "the party has a key with kid " + key.kid()
                    + " already (retired keys included); choose another kid"));
        }
        audit.record(caller.clientId(), "signing-key.registered", "party", partyId, null, "kid", key.kid(),
                "thumbprint", key.thumbprint());
        return row;
    }

    public List<SigningKeyTable.Row> list(Caller caller, UUID partyId) {
        checkKeeper(caller, partyId);
        return keys.ofParty(partyId);
    }

    /** Retires the key; filings from now on are refused with it. Retiring twice keeps the first time. */
    @Transactional
    public SigningKeyTable.Row retire(Caller caller, UUID partyId, String kid) {
        checkKeeper(caller, partyId);
        keys.find(partyId, kid).orElseThrow(() -> new NotFound("No signing key " + kid));
        if (keys.retire(partyId, kid, Instant.now())) {
            audit.record(caller.clientId(), "signing-key.retired", "party", partyId, null, "kid", kid);
        }
        return keys.find(partyId, kid).orElseThrow();
    }

    private void checkKeeper(Caller caller, UUID partyId) {
        if (!(caller.partyId().equals(partyId) || caller.is(Role.ADMIN)) || parties.roleOf(partyId).isEmpty()) {
            throw new NotFound("No party " + partyId);
        }
    }
}
