package org.caravan.party;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.caravan.party.internal.FilingJws;
import org.caravan.party.internal.SignatureRequirements;
import org.caravan.party.internal.store.SigningKeyTable;
import org.caravan.reference.CountryCode;
import org.springframework.stereotype.Service;

import com.nimbusds.jose.jwk.JWK;

/**
 * Checks the signature a party sends with a filing: a compact JWS with a detached payload in
 * the JWS-Signature header, over the request body's exact bytes, made with a signing key
 * the party registered and has not retired. Filing asks before anything is stored.
 */
@Service
public class FilingSignatures {

    /** The request header carrying a filing's detached JWS. */
    public static final String HEADER = "JWS-Signature";

    private final SigningKeyTable keys;
    private final SignatureRequirements requirements;

    FilingSignatures(SigningKeyTable keys, SignatureRequirements requirements) {
        this.keys = keys;
        this.requirements = requirements;
    }

    /** As {@link #verify(UUID, String, SignedBody)} for a body held in memory. */
    public VerifiedSignature verify(UUID partyId, String header, byte[] body) {
        return verify(partyId, header, () -> new ByteArrayInputStream(body));
    }

    /**
     * The signature verified, or {@link SignatureRefused} saying why it is not: malformed or
     * attached, an algorithm other than RS256, PS256, ES256 or EdDSA, a kid this party has not
     * registered, a key retired by now, or a signature over other bytes.
     */
    public VerifiedSignature verify(UUID partyId, String header, SignedBody body) {
        FilingJws jws = FilingJws.parse(header);
        Instant now = Instant.now();
        SigningKeyTable.Row key = keys.find(partyId, jws.kid())
                .orElseThrow(() -> FilingJws.refused("unknown-key", "names kid \"" + jws.kid()
                        + "\", which is not a signing key of this party"));
        if (key.retiredBy(now)) {
            throw FilingJws.refused("retired-key", "names kid \"" + jws.kid() + "\", retired at " + key.retiredAt().get());
        }
        Set<String> algorithms = Set.of(key.algs().split(","));
        if (!algorithms.contains(jws.algorithm().getName())) {
            throw FilingJws.refused("wrong-alg", "key \"" + jws.kid() + "\" signs with " + key.algs() + ", not "
                    + jws.algorithm().getName());
        }
        try {
            if (!jws.verifies(JWK.parse(key.jwk()), body)) {
                throw FilingJws.refused("bad-signature", "does not verify over the request body as received with key \""
                        + jws.kid() + "\"");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("Stored signing key " + jws.kid() + " is not a JWK", e);
        }
        return new VerifiedSignature(jws.compact(), jws.kid(), jws.algorithm().getName(), now);
    }

    /**
     * Refuses a filing destined to any of {@code destinations} when one of them requires the
     * party's filings to be signed and {@code signature} is empty. Costs at most one query per
     * party in a while, never one per parcel.
     */
    public void requireIfDemanded(UUID partyId, Collection<CountryCode> destinations,
            Optional<VerifiedSignature> signature) {
        if (signature.isPresent()) {
            return;
        }
        Set<String> requiring = requirements.countriesRequiring(partyId);
        if (requiring.isEmpty()) {
            return;
        }
        String demanding = destinations.stream().map(CountryCode::value).filter(requiring::contains).distinct().sorted()
                .collect(Collectors.joining(", "));
        if (!demanding.isEmpty()) {
            throw new SignatureRefused(SignatureRefused.REQUIRED, "required",
                    "the administration of " + demanding + " requires this party's filings to be signed; send a JWS "
                            + "with a detached payload over the body in " + HEADER);
        }
    }
}
