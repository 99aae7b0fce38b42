package org.caravan.party.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.caravan.party.SignatureRefused;
import org.caravan.party.SignedBody;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.impl.ECDSA;
import com.nimbusds.jose.crypto.impl.RSASSA;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;

/**
 * A compact JWS with a detached payload (RFC 7515 Appendix F, {@code header..signature}) over
 * a filing's body, with or without RFC 7797's unencoded payload ({@code "b64": false} named in
 * {@code crit}).
 *
 * <p>The signature is checked as the body is read, never holding it whole: a streamed manifest
 * of a million lines is verified from its spool file. The signing input is fed to the
 * {@link Signature} nimbus configures for the algorithm ({@link RSASSA}, {@link ECDSA}, with
 * its DER transcoding and its check against ECDSA's all-zero signatures), or to the JDK's
 * Ed25519 for EdDSA, which nimbus can only verify through Tink.
 */
public final class FilingJws {

    static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.PS256, JWSAlgorithm.ES256,
            JWSAlgorithm.EdDSA);
    /** Far above any header and RSA-4096 signature; a longer value is refused before it is decoded. */
    static final int MAX_CHARS = 16_384;
    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+");
    /** The DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410), before the key's 32 bytes. */
    private static final byte[] ED25519_SPKI_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21,
            0x00};

    private final String compact;
    private final String encodedHeader;
    private final JWSHeader header;
    private final byte[] signature;

    private FilingJws(String compact, String encodedHeader, JWSHeader header, byte[] signature) {
        this.compact = compact;
        this.encodedHeader = encodedHeader;
        this.header = header;
        this.signature = signature;
    }

    /** Reads the header value; throws {@link SignatureRefused} saying what is wrong with it. */
    public static FilingJws parse(String value) {
        String compact = value == null ? "" : value.trim();
        if (compact.isEmpty()) {
            throw refused("required", "is empty; send a compact JWS with a detached payload, header..signature");
        }
        if (compact.length() > MAX_CHARS) {
            throw refused("too-long", "must be at most " + MAX_CHARS + " characters");
        }
        String[] parts = compact.split("\\.", -1);
        if (parts.length != 3) {
            throw refused("malformed", "must be a compact JWS of three parts, header..signature");
        }
        if (!parts[1].isEmpty()) {
            throw refused("not-detached", "carries its payload; the payload must be detached (header..signature), "
                    + "the signed bytes are the request body");
        }
        if (!BASE64URL.matcher(parts[0]).matches()) {
            throw refused("malformed", "the protected header must be base64url without padding");
        }
        // the algorithm is judged first, so an unsigned "alg": "none" JWS is told why it is refused
        JWSHeader header = header(parts[0]);
        if (!BASE64URL.matcher(parts[2]).matches()) {
            throw refused("malformed", "the signature must be base64url without padding");
        }
        return new FilingJws(compact, parts[0], header, new Base64URL(parts[2]).decode());
    }

    private static JWSHeader header(String encoded) {
        Map<String, Object> members;
        try {
            members = JSONObjectUtils.parse(new Base64URL(encoded).decodeToString());
        } catch (ParseException e) {
            throw refused("malformed", "the protected header is not a JSON object");
        }
        Object alg = members.get("alg");
        if (!(alg instanceof String name) || !ALGORITHMS.contains(JWSAlgorithm.parse(name))) {
            throw refused("unsupported-alg", "alg " + (alg == null ? "is missing" : "\"" + alg + "\" is refused")
                    + "; sign with " + PublicSigningKey.names(ALGORITHMS));
        }
        JWSHeader header;
        try {
            header = JWSHeader.parse(members, new Base64URL(encoded));
        } catch (ParseException | IllegalArgumentException e) {
            throw refused("malformed", "the protected header is not a JWS header: " + e.getMessage());
        }
        Set<String> critical = header.getCriticalParams() == null ? Set.of() : header.getCriticalParams();
        if (!Set.of("b64").containsAll(critical)) {
            throw refused("unsupported-crit", "crit may name only b64, not " + critical);
        }
        if (!header.isBase64URLEncodePayload() && !critical.contains("b64")) {
            throw refused("malformed", "\"b64\": false must be listed in crit (RFC 7797)");
        }
        if (header.getKeyID() == null || header.getKeyID().isBlank()) {
            throw refused("kid-required", "the protected header must name the kid of a signing key you registered");
        }
        return header;
    }

    public String compact() {
        return compact;
    }

    public String kid() {
        return header.getKeyID();
    }

    public JWSAlgorithm algorithm() {
        return header.getAlgorithm();
    }

    /** Whether the signature is {@code key}'s over {@code body} exactly as received. */
    public boolean verifies(JWK key, SignedBody body) throws IOException {
        try {
            Signature verifier = verifier(key);
            verifier.update((encodedHeader + ".").getBytes(StandardCharsets.US_ASCII));
            try (InputStream in = body.open(); OutputStream sink = new SignatureSink(verifier)) {
                if (header.isBase64URLEncodePayload()) {
                    // closing the encoder writes its last partial group
                    try (OutputStream encoded = Base64.getUrlEncoder().withoutPadding().wrap(sink)) {
                        in.transferTo(encoded);
                    }
                } else {
                    in.transferTo(sink);
                }
            }
            return verifier.verify(signatureBytes());
        } catch (SignatureException | InvalidKeyException | InvalidKeySpecException | JOSEException e) {
            // a signature or stored key the JDK cannot use verifies nothing
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK cannot verify " + algorithm(), e);
        }
    }

    private Signature verifier(JWK key) throws GeneralSecurityException, JOSEException {
        JWSAlgorithm alg = algorithm();
        if (JWSAlgorithm.ES256.equals(alg)) {
            Signature ecdsa = ECDSA.getSignerAndVerifier(alg, null);
            ecdsa.initVerify(((ECKey) key).toECPublicKey());
            return ecdsa;
        }
        if (JWSAlgorithm.EdDSA.equals(alg)) {
            byte[] x = ((OctetKeyPair) key).getDecodedX();
            byte[] spki = new byte[ED25519_SPKI_PREFIX.length + x.length];
            System.arraycopy(ED25519_SPKI_PREFIX, 0, spki, 0, ED25519_SPKI_PREFIX.length);
            System.arraycopy(x, 0, spki, ED25519_SPKI_PREFIX.length, x.length);
            PublicKey publicKey = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initVerify(publicKey);
            return ed25519;
        }
        Signature rsa = RSASSA.getSignerAndVerifier(alg, null);
        rsa.initVerify(((RSAKey) key).toRSAPublicKey());
        return rsa;
    }

    /** JWS carries an ECDSA signature as R and S side by side; the JDK takes DER. */
    private byte[] signatureBytes() throws JOSEException {
        if (JWSAlgorithm.ES256.equals(algorithm())) {
            if (signature.length != ECDSA.getSignatureByteArrayLength(JWSAlgorithm.ES256)) {
                throw new JOSEException("An ES256 signature is 64 bytes");
            }
            ECDSA.ensureLegalSignature(signature, JWSAlgorithm.ES256);
            return ECDSA.transcodeSignatureToDER(signature);
        }
        return signature;
    }

    public static SignatureRefused refused(String code, String message) {
        return new SignatureRefused(SignatureRefused.INVALID, code, message);
    }

    /** Feeds what is written to it into the signature being verified. */
    private static final class SignatureSink extends OutputStream {

        private final Signature verifier;

        SignatureSink(Signature verifier) {
            this.verifier = verifier;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            try {
                verifier.update(bytes, offset, length);
            } catch (SignatureException e) {
                throw new IOException(e);
            }
        }
    }
}
