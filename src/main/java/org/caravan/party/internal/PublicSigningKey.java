package org.caravan.party.internal;

import java.text.ParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.caravan.common.InvalidInput;
import org.caravan.common.Violation;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyOperation;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;

/**
 * A public key a party registers to sign its filings, read from a JWK and judged before it is
 * stored: only the asymmetric keys of the algorithms filings may be signed with, never a
 * private or symmetric key, never RSA below 2048 bits. A key without a kid is named by its
 * RFC 7638 thumbprint.
 */
public record PublicSigningKey(JWK jwk, String kid, Set<JWSAlgorithm> algorithms, String thumbprint) {

    static final int MIN_RSA_BITS = 2048;
    static final int MAX_KID = 200;
    static final int ED25519_KEY_BYTES = 32;
    /** Members that only a private or symmetric JWK has. */
    private static final List<String> PRIVATE_MEMBERS = List.of("d", "p", "q", "dp", "dq", "qi", "oth", "k");

    /** The algorithms each key type may sign with; RSA keys sign RS256 or PS256 unless their JWK names one. */
    static Set<JWSAlgorithm> algorithmsOf(String kty) {
        return switch (kty) {
            case "RSA" -> Set.of(JWSAlgorithm.RS256, JWSAlgorithm.PS256);
            case "EC" -> Set.of(JWSAlgorithm.ES256);
            case "OKP" -> Set.of(JWSAlgorithm.EdDSA);
            default -> Set.of();
        };
    }

    /** Reads and judges {@code json}; throws {@link InvalidInput} naming the JWK member at fault. */
    public static PublicSigningKey read(String json) {
        Map<String, Object> members;
        try {
            members = JSONObjectUtils.parse(json == null ? "" : json);
        } catch (ParseException e) {
            throw invalid("", "malformed", "the body must be a JWK, a JSON object");
        }
        Object kty = members.get("kty");
        if (!(kty instanceof String type) || type.isBlank()) {
            throw invalid("/kty", "required", "is required: EC, RSA or OKP");
        }
        if ("oct".equals(type)) {
            throw invalid("/kty", "symmetric-key", "a symmetric key cannot prove who signed; register a public key");
        }
        if (algorithmsOf(type).isEmpty()) {
            throw invalid("/kty", "unsupported", "must be EC (P-256), RSA (2048 bits or more) or OKP (Ed25519)");
        }
        for (String member : PRIVATE_MEMBERS) {
            if (members.containsKey(member)) {
                throw invalid("/" + member, "private-key", "the JWK holds private key material; register the public key only");
            }
        }
        JWK jwk;
        try {
            jwk = JWK.parse(members);
        } catch (ParseException | IllegalArgumentException e) {
            throw invalid("", "invalid-jwk", "not a valid " + type + " JWK: " + e.getMessage());
        }
        checkKey(jwk);
        Set<JWSAlgorithm> algorithms = algorithms(jwk, type);
        try {
            String thumbprint = jwk.computeThumbprint().toString();
            String kid = kid(jwk.getKeyID(), thumbprint);
            return new PublicSigningKey(jwk, kid, algorithms, thumbprint);
        } catch (JOSEException e) {
            throw invalid("", "invalid-jwk", "the key's thumbprint cannot be computed: " + e.getMessage());
        }
    }

    private static void checkKey(JWK jwk) {
        if (jwk instanceof RSAKey rsa && rsa.size() < MIN_RSA_BITS) {
            throw invalid("/n", "weak-key", "an RSA key must have at least " + MIN_RSA_BITS + " bits, this one has "
                    + rsa.size());
        }
        if (jwk instanceof ECKey ec && !Curve.P_256.equals(ec.getCurve())) {
            throw invalid("/crv", "unsupported", "an EC key must be on P-256 (ES256)");
        }
        if (jwk instanceof OctetKeyPair okp && !Curve.Ed25519.equals(okp.getCurve())) {
            throw invalid("/crv", "unsupported", "an OKP key must be Ed25519 (EdDSA)");
        }
        if (jwk instanceof OctetKeyPair okp && okp.getDecodedX().length != ED25519_KEY_BYTES) {
            throw invalid("/x", "invalid", "an Ed25519 public key is " + ED25519_KEY_BYTES + " bytes");
        }
        if (jwk.getKeyUse() != null && !KeyUse.SIGNATURE.equals(jwk.getKeyUse())) {
            throw invalid("/use", "not-for-signing", "must be \"sig\" when given");
        }
        if (jwk.getKeyOperations() != null && !jwk.getKeyOperations().contains(KeyOperation.VERIFY)) {
            throw invalid("/key_ops", "not-for-signing", "must include \"verify\" when given");
        }
    }

    private static Set<JWSAlgorithm> algorithms(JWK jwk, String type) {
        Set<JWSAlgorithm> allowed = algorithmsOf(type);
        if (jwk.getAlgorithm() == null) {
            return allowed;
        }
        JWSAlgorithm named = JWSAlgorithm.parse(jwk.getAlgorithm().getName());
        if (!allowed.contains(named)) {
            throw invalid("/alg", "unsupported", "a " + type + " key signs with " + names(allowed) + ", not "
                    + jwk.getAlgorithm().getName());
        }
        return Set.of(named);
    }

    private static String kid(String given, String thumbprint) {
        if (given == null) {
            return thumbprint;
        }
        if (given.isBlank() || given.length() > MAX_KID || !given.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw invalid("/kid", "invalid", "must be 1 to " + MAX_KID + " printable ASCII characters without spaces");
        }
        return given;
    }

    /** The algorithms as stored: their names, comma-separated. */
    public String algorithmNames() {
        return names(algorithms);
    }

    static String names(Set<JWSAlgorithm> algorithms) {
        Set<String> sorted = new LinkedHashSet<>();
        algorithms.stream().map(JWSAlgorithm::getName).sorted().forEach(sorted::add);
        return String.join(",", sorted);
    }

    /** The public JWK as stored and shown, under its kid. */
    public String publicJson() {
        Map<String, Object> members = jwk.toPublicJWK().toJSONObject();
        members.put("kid", kid);
        return JSONObjectUtils.toJSONString(members);
    }

    private static InvalidInput invalid(String pointer, String code, String message) {
        return new InvalidInput(new Violation(pointer, code, message));
    }
}
