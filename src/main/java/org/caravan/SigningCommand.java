package org.caravan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.text.ParseException;
import java.util.Set;
import java.util.concurrent.Callable;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./caravan party sign}: the JWS-Signature header value for a filing's body, made
 * offline with the filer's private JWK, so an integrator can check their own signing against
 * what Caravan verifies (docs/signed-filings.md). The key never leaves the machine.
 */
final class SigningCommand {

    /** The DER prefix of an Ed25519 PKCS #8 private key (RFC 8410), before the key's 32 bytes. */
    private static final byte[] ED25519_PKCS8_PREFIX = {0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65,
            0x70, 0x04, 0x22, 0x04, 0x20};

    @Command(name = "sign", mixinStandardHelpOptions = true,
            description = "Print the JWS-Signature header value (a compact JWS with a detached payload) for a body.")
    static class Sign implements Callable<Integer> {

        @Option(names = "--key", required = true, paramLabel = "FILE",
                description = "The private JWK: EC P-256, RSA of 2048 bits or more, or OKP Ed25519, with its kid.")
        Path key;

        @Option(names = "--body", required = true, paramLabel = "FILE",
                description = "The exact request body to be sent: order or manifest JSON, or manifest JSON Lines.")
        Path body;

        @Option(names = "--alg", paramLabel = "ALG",
                description = "RS256 or PS256 for an RSA key (default RS256); ES256 and EdDSA follow from the key.")
        String alg;

        @Option(names = "--unencoded", description = "Sign the body unencoded (RFC 7797, \"b64\": false).")
        boolean unencoded;

        @Override
        public Integer call() throws IOException {
            try {
                System.out.println(sign(JWK.parse(Files.readString(key, StandardCharsets.UTF_8)),
                        alg == null ? null : JWSAlgorithm.parse(alg), Files.readAllBytes(body), unencoded));
                return 0;
            } catch (ParseException e) {
                throw new CommandLine.ParameterException(new CommandLine(this), "--key: not a JWK: " + e.getMessage());
            } catch (IllegalArgumentException | JOSEException | GeneralSecurityException e) {
                throw new CommandLine.ParameterException(new CommandLine(this), e.getMessage());
            }
        }
    }

    /** The compact JWS over {@code body} with the payload detached: {@code header..signature}. */
    static String sign(JWK key, JWSAlgorithm requested, byte[] body, boolean unencoded)
            throws JOSEException, GeneralSecurityException {
        if (!key.isPrivate()) {
            throw new IllegalArgumentException("--key must be the private JWK; Caravan holds only the public one");
        }
        if (key.getKeyID() == null) {
            throw new IllegalArgumentException("--key must have the kid it was registered with");
        }
        JWSAlgorithm alg = algorithm(key, requested);
        JWSHeader.Builder header = new JWSHeader.Builder(alg).keyID(key.getKeyID()).type(JOSEObjectType.JOSE);
        if (unencoded) {
            header.base64URLEncodePayload(false).criticalParams(Set.of("b64"));
        }
        if (key instanceof OctetKeyPair okp) {
            return ed25519(header.build(), okp, body);
        }
        JWSSigner signer = key instanceof ECKey ec ? new ECDSASigner(ec) : new RSASSASigner((RSAKey) key);
        JWSObject jws = new JWSObject(header.build(), new Payload(body));
        jws.sign(signer);
        return jws.serialize(true);
    }

    private static JWSAlgorithm algorithm(JWK key, JWSAlgorithm requested) {
        if (key instanceof RSAKey) {
            JWSAlgorithm alg = requested == null ? JWSAlgorithm.RS256 : requested;
            if (!alg.equals(JWSAlgorithm.RS256) && !alg.equals(JWSAlgorithm.PS256)) {
                throw new IllegalArgumentException("--alg: an RSA key signs RS256 or PS256");
            }
            return alg;
        }
        JWSAlgorithm fixed = key instanceof ECKey ? JWSAlgorithm.ES256 : key instanceof OctetKeyPair ? JWSAlgorithm.EdDSA
                : null;
        if (fixed == null || (requested != null && !requested.equals(fixed))) {
            throw new IllegalArgumentException("--key must be EC P-256 (ES256), RSA (RS256, PS256) or OKP Ed25519 (EdDSA)");
        }
        return fixed;
    }

    /** EdDSA by the JDK: nimbus signs Ed25519 only through Tink, which Caravan does not ship. */
    private static String ed25519(JWSHeader header, OctetKeyPair key, byte[] body) throws GeneralSecurityException {
        byte[] d = key.getDecodedD();
        byte[] pkcs8 = new byte[ED25519_PKCS8_PREFIX.length + d.length];
        System.arraycopy(ED25519_PKCS8_PREFIX, 0, pkcs8, 0, ED25519_PKCS8_PREFIX.length);
        System.arraycopy(d, 0, pkcs8, ED25519_PKCS8_PREFIX.length, d.length);
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8)));
        String encodedHeader = header.toBase64URL().toString();
        signer.update((encodedHeader + ".").getBytes(StandardCharsets.US_ASCII));
        signer.update(header.isBase64URLEncodePayload() ? Base64URL.encode(body).toString().getBytes(StandardCharsets.US_ASCII)
                : body);
        return encodedHeader + ".." + Base64URL.encode(signer.sign());
    }
}
