package org.caravan.common.audit;

import java.text.ParseException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.caravan.common.Ids;
import org.caravan.common.InvalidInput;
import org.caravan.common.Violation;
import org.caravan.common.Violations;
import org.caravan.common.audit.internal.InstallationKey;
import org.caravan.common.audit.store.AuditChainTable;
import org.springframework.stereotype.Component;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;

/**
 * Witness copies of the chain: this installation signs its head, another administration
 * countersigns one and sends the countersignature back, and every verification then checks
 * that the chain still holds each witnessed head. Cutting the chain back and rebuilding it
 * (which the head row alone cannot reveal, since whoever rebuilds it rewrites that too) is
 * caught this way.
 */
@Component
public class AuditWitnesses {

    /** The JWS type of a signed or countersigned head. */
    public static final String HEAD_TYPE = "caravan-audit-head+jwt";
    static final int MAX_WITNESS = 200;
    static final int MAX_COUNTERSIGNATURE = 20_000;

    private final AuditChainTable table;
    private final InstallationKey key;
    private final AuditTrail audit;

    AuditWitnesses(AuditChainTable table, InstallationKey key, AuditTrail audit) {
        this.table = table;
        this.key = key;
        this.audit = audit;
    }

    /** The head as of now, signed with the installation's key. */
    public SignedHead signedHead() {
        AuditChainTable.HeadRow head = table.head();
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("seq", head.seq());
        payload.put("hash", head.hash());
        payload.put("at", at.toString());
        RSAKey signing = key.key();
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signing.getKeyID())
                .type(new JOSEObjectType(HEAD_TYPE)).build(), new Payload(payload));
        try {
            jws.sign(new RSASSASigner(signing));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign the audit chain head", e);
        }
        return new SignedHead(head.seq(), head.hash(), at, jws.serialize(), signing.toPublicJWK().toJSONObject());
    }

    /**
     * Keeps a head countersigned by {@code witness} with the public key {@code jwk}: refused
     * with the field at fault unless the signature holds and the chain has that head.
     */
    @org.springframework.transaction.annotation.Transactional
    public Witness countersigned(String countersignature, Map<String, Object> jwk, String witness, String receivedBy) {
        Violations v = new Violations();
        if (v.required("/witness", witness)) {
            v.maxLength("/witness", witness, MAX_WITNESS);
        }
        if (v.required("/countersignature", countersignature)) {
            v.maxLength("/countersignature", countersignature, MAX_COUNTERSIGNATURE);
        }
        if (jwk == null || jwk.isEmpty()) {
            v.add("/jwk", "required", "is required: the witness's public key as a JWK");
        }
        v.throwIfAny();
        JWK key = publicKey(jwk);
        if (ownKey(key)) {
            // this installation's own signature witnesses nothing: the copy must be held by someone else
            throw invalid("/jwk", "own-key", "is this installation's key; a witness signs with its own");
        }
        JWSObject jws;
        try {
            jws = JWSObject.parse(countersignature.trim());
        } catch (ParseException e) {
            throw invalid("/countersignature", "not-a-jws", "must be a compact JWS");
        }
        try {
            if (!jws.verify(verifier(key))) {
                throw invalid("/countersignature", "bad-signature", "is not signed by the given key");
            }
        } catch (JOSEException e) {
            throw invalid("/countersignature", "bad-signature", "cannot be checked with the given key: " + e.getMessage());
        }
        Map<String, Object> payload = jws.getPayload().toJSONObject();
        if (payload == null || !(payload.get("seq") instanceof Number seq) || !(payload.get("hash") instanceof String hash)
                || !(payload.get("at") instanceof String at)) {
            throw invalid("/countersignature", "not-a-head", "its payload must be a head: {\"seq\", \"hash\", \"at\"}");
        }
        Instant headAt;
        try {
            headAt = Instant.parse(at);
        } catch (DateTimeParseException e) {
            throw invalid("/countersignature", "not-a-head", "its payload's at must be an ISO-8601 instant");
        }
        boolean known = seq.longValue() == 0 ? AuditHash.GENESIS.equals(hash)
                : table.find(seq.longValue()).map(r -> r.hash().equals(hash)).orElse(false);
        if (!known) {
            throw invalid("/countersignature", "unknown-head", "the chain has no entry " + seq + " with hash " + hash);
        }
        Witness kept = new Witness(Ids.next(), seq.longValue(), hash, headAt, witness.trim(), key.getKeyID(), receivedBy,
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        table.addWitness(new AuditChainTable.WitnessRow(kept.id(), kept.seq(), kept.hash(), kept.headAt(), kept.witness(),
                kept.keyId(), countersignature.trim(), kept.receivedBy(), kept.receivedAt()));
        audit.record(receivedBy, "audit.head-witnessed", "audit-head", kept.seq(), null, "witness", kept.witness(),
                "keyId", kept.keyId(), "hash", kept.hash());
        return kept;
    }

    private boolean ownKey(JWK candidate) {
        try {
            return candidate.computeThumbprint().equals(key.key().toPublicJWK().computeThumbprint());
        } catch (JOSEException e) {
            return false;
        }
    }

    public List<Witness> witnesses() {
        return table.witnesses().stream().map(w -> new Witness(w.id(), w.seq(), w.hash(), w.headAt(), w.witness(),
                w.keyId(), w.receivedBy(), w.receivedAt())).toList();
    }

    public Optional<Witness> witness(UUID id) {
        return witnesses().stream().filter(w -> w.id().equals(id)).findFirst();
    }

    private static JWK publicKey(Map<String, Object> jwk) {
        JWK key;
        try {
            key = JWK.parse(jwk);
        } catch (ParseException e) {
            throw invalid("/jwk", "not-a-jwk", "must be a JSON Web Key (RFC 7517)");
        }
        if (key.isPrivate()) {
            // a private key sent over the wire is compromised; refusing it says so
            throw invalid("/jwk", "private-key", "must be the witness's public key only");
        }
        return key;
    }

    private static JWSVerifier verifier(JWK key) throws JOSEException {
        if (key instanceof RSAKey rsa) {
            return new RSASSAVerifier(rsa);
        }
        if (key instanceof ECKey ec) {
            return new ECDSAVerifier(ec);
        }
        throw invalid("/jwk", "unsupported-key", "must be an RSA or EC public key");
    }

    private static InvalidInput invalid(String pointer, String code, String message) {
        return new InvalidInput(new Violation(pointer, code, message));
    }
}
