package org.caravan.filing.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.caravan.filing.internal.store.FilingSignatureTable;
import org.caravan.party.Caller;
import org.caravan.party.FilingSignatures;
import org.caravan.party.SignedBody;
import org.caravan.party.VerifiedSignature;
import org.caravan.reference.CountryCode;
import org.springframework.stereotype.Component;

/**
 * A filing's signature, from the header to the store: verified by party against the keys the
 * filer registered, demanded when an administration of a destination requires it, kept with
 * the order or manifest. An unsigned filing from a party nothing is required of costs one
 * cached look-up, no query per parcel.
 */
@Component
class SignedFilings {

    private final FilingSignatures signatures;
    private final FilingSignatureTable table;

    SignedFilings(FilingSignatures signatures, FilingSignatureTable table) {
        this.signatures = signatures;
        this.table = table;
    }

    Optional<VerifiedSignature> verify(Caller caller, Optional<String> header, byte[] body) {
        return header.map(h -> signatures.verify(caller.partyId(), h, body));
    }

    Optional<VerifiedSignature> verify(Caller caller, Optional<String> header, SignedBody body) {
        return header.map(h -> signatures.verify(caller.partyId(), h, body));
    }

    void requireIfDemanded(Caller caller, Collection<CountryCode> destinations, Optional<VerifiedSignature> signature) {
        signatures.requireIfDemanded(caller.partyId(), destinations, signature);
    }

    void store(UUID filingId, String kind, Caller caller, Optional<VerifiedSignature> signature) {
        signature.ifPresent(s -> table.insert(filingId, kind, caller.partyId(), s));
    }

    /** Where a manifest is destined: its arrival country and every country on its route but the one it leaves. */
    static Set<CountryCode> destinations(Manifest header) {
        Set<CountryCode> all = new LinkedHashSet<>(header.route());
        all.remove(header.departureCountry());
        all.add(header.arrivalCountry());
        return all;
    }
}
