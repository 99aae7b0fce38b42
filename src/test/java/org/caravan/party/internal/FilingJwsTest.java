package org.caravan.party.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayInputStream;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.caravan.party.SignatureRefused;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;

/**
 * The detached JWS as the filing API reads it, against signatures nimbus (and the JDK, for
 * Ed25519) make: any body verifies as signed, encoded or not, and no changed byte does.
 */
class FilingJwsTest {

    private static ECKey ec;
    private static RSAKey rsa;
    private static KeyPair ed;
    private static OctetKeyPair edPublic;
    private static JWSSigner ecSigner;
    private static JWSSigner rsaSigner;

    @BeforeAll
    static void keys() throws Exception {
        ec = new ECKeyGenerator(Curve.P_256).keyID("ec").generate();
        rsa = new RSAKeyGenerator(2048).keyID("rsa").generate();
        ecSigner = new ECDSASigner(ec);
        rsaSigner = new RSASSASigner(rsa);
        ed = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] spki = ed.getPublic().getEncoded();
        edPublic = new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(Arrays.copyOfRange(spki, spki.length - 32,
                spki.length))).keyID("ed").build();
    }

    @Test
    void anyBodyVerifiesAsSignedAndNoChangedByteDoes() {
        // bodies are text, as filings are: nimbus signs an unencoded payload through a UTF-8 string
        qt().withExamples(60).forAll(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 300),
                integers().between(0, 7)).checkAssert((text, how) -> {
                    byte[] body = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    boolean encoded = how % 2 == 0;
                    String compact = switch (how / 2) {
                        case 0 -> nimbus(JWSAlgorithm.ES256, "ec", ecSigner, body, encoded);
                        case 1 -> nimbus(JWSAlgorithm.RS256, "rsa", rsaSigner, body, encoded);
                        case 2 -> nimbus(JWSAlgorithm.PS256, "rsa", rsaSigner, body, encoded);
                        default -> ed25519(body, encoded);
                    };
                    JWK key = switch (how / 2) {
                        case 0 -> ec.toPublicJWK();
                        case 1, 2 -> rsa.toPublicJWK();
                        default -> edPublic;
                    };
                    FilingJws jws = FilingJws.parse(compact);
                    assertThat(verifies(jws, key, body)).isTrue();
                    if (body.length > 0) {
                        byte[] changed = body.clone();
                        changed[body.length / 2] ^= 1;
                        assertThat(verifies(jws, key, changed)).isFalse();
                    }
                    assertThat(verifies(jws, key, Arrays.copyOf(body, body.length + 1))).isFalse();
                });
    }

    @Test
    void aHeaderThatCannotBeTrustedIsRefusedBeforeAnyKeyIsLookedUp() {
        String good = nimbus(JWSAlgorithm.ES256, "ec", ecSigner, "{}".getBytes(), true);
        String signature = good.substring(good.lastIndexOf('.') + 1);
        assertRefused(header("{\"alg\":\"none\",\"kid\":\"ec\"}") + "..", "unsupported-alg");
        assertRefused(header("{\"alg\":\"HS256\",\"kid\":\"ec\"}") + ".." + signature, "unsupported-alg");
        assertRefused(header("{\"alg\":\"ES256\"}") + ".." + signature, "kid-required");
        assertRefused(header("{\"alg\":\"ES256\",\"kid\":\"ec\",\"b64\":false}") + ".." + signature, "malformed");
        assertRefused(header("{\"alg\":\"ES256\",\"kid\":\"ec\",\"crit\":[\"exp\"],\"exp\":1}") + ".." + signature,
                "unsupported-crit");
        assertRefused(good.replace("..", ".e30."), "not-detached");
        assertRefused(good.substring(0, good.indexOf('.')), "malformed");
        assertRefused("", "required");
        assertRefused("x".repeat(FilingJws.MAX_CHARS + 1), "too-long");
    }

    @Test
    void anEcdsaSignatureOfZerosNeverVerifies() {
        String zeros = header("{\"alg\":\"ES256\",\"kid\":\"ec\"}") + ".." + Base64URL.encode(new byte[64]);
        assertThat(verifies(FilingJws.parse(zeros), ec.toPublicJWK(), new byte[0])).isFalse();
    }

    @Test
    void theKeysPartiesRegisterAreReadAsTheirPublicHalf() {
        assertThat(PublicSigningKey.read(ec.toPublicJWK().toJSONString()).algorithms()).isEqualTo(Set.of(JWSAlgorithm.ES256));
        assertThat(PublicSigningKey.read(edPublic.toJSONString()).algorithms()).isEqualTo(Set.of(JWSAlgorithm.EdDSA));
        assertThat(PublicSigningKey.read(rsa.toPublicJWK().toJSONString()).algorithmNames()).isEqualTo("PS256,RS256");
        for (String refused : List.of(ec.toJSONString(), rsa.toJSONString(), "{\"kty\":\"oct\",\"k\":\"AAAA\"}", "[]",
                "{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"AA\",\"y\":\"AA\"}",
                "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"AAAA\"}", "{\"kty\":\"RSA\",\"n\":\"AQAB\"}")) {
            assertThatThrownBy(() -> PublicSigningKey.read(refused)).isInstanceOf(org.caravan.common.InvalidInput.class);
        }
    }

    private static void assertRefused(String compact, String code) {
        assertThatThrownBy(() -> FilingJws.parse(compact)).isInstanceOfSatisfying(SignatureRefused.class,
                e -> assertThat(e.violations().get(0).code()).isEqualTo(code));
    }

    private static String header(String json) {
        return Base64URL.encode(json).toString();
    }

    private static boolean verifies(FilingJws jws, JWK key, byte[] body) {
        try {
            return jws.verifies(key, () -> new ByteArrayInputStream(body));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String nimbus(JWSAlgorithm alg, String kid, JWSSigner signer, byte[] body, boolean encoded) {
        try {
            JWSHeader.Builder header = new JWSHeader.Builder(alg).keyID(kid);
            if (!encoded) {
                header.base64URLEncodePayload(false).criticalParams(Set.of("b64"));
            }
            JWSObject jws = new JWSObject(header.build(), new Payload(body));
            jws.sign(signer);
            return jws.serialize(true);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String ed25519(byte[] body, boolean encoded) {
        try {
            String header = header(encoded ? "{\"alg\":\"EdDSA\",\"kid\":\"ed\"}"
                    : "{\"alg\":\"EdDSA\",\"kid\":\"ed\",\"b64\":false,\"crit\":[\"b64\"]}");
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(ed.getPrivate());
            signer.update((header + ".").getBytes());
            signer.update(encoded ? Base64URL.encode(body).toString().getBytes() : body);
            return header + ".." + Base64URL.encode(signer.sign());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
