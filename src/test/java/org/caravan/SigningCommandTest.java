package org.caravan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Arrays;

import org.caravan.support.CommandLineRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;

/** {@code ./caravan party sign} makes the header value nimbus verifies over the body as sent. */
class SigningCommandTest {

    @TempDir
    Path dir;

    @Test
    void signsABodyWithAPrivateJwkAsTheFilingApiVerifies() throws Exception {
        byte[] body = "{\"manifestRef\":\"MAN-1\"}\n".getBytes(StandardCharsets.UTF_8);
        ECKey ec = new ECKeyGenerator(Curve.P_256).keyID("ec-1").generate();
        String compact = SigningCommand.sign(ec, null, body, false);
        assertThat(compact).contains("..");
        assertThat(JWSObject.parse(compact, new Payload(body)).verify(new ECDSAVerifier(ec.toPublicJWK()))).isTrue();
        assertThat(JWSObject.parse(compact, new Payload("{}")).verify(new ECDSAVerifier(ec.toPublicJWK()))).isFalse();

        RSAKey rsa = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
        String ps = SigningCommand.sign(rsa, JWSAlgorithm.PS256, body, true);
        JWSObject unencoded = JWSObject.parse(ps, new Payload(body));
        assertThat(unencoded.getHeader().isBase64URLEncodePayload()).isFalse();
        assertThat(unencoded.verify(new RSASSAVerifier(rsa.toRSAPublicKey(), java.util.Set.of("b64")))).isTrue();

        assertThatThrownBy(() -> SigningCommand.sign(ec.toPublicJWK(), null, body, false))
                .hasMessageContaining("private");
        assertThatThrownBy(() -> SigningCommand.sign(rsa, JWSAlgorithm.ES256, body, false))
                .hasMessageContaining("RS256 or PS256");
    }

    @Test
    void signsEd25519WithTheJdk() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] spki = pair.getPublic().getEncoded();
        byte[] pkcs8 = pair.getPrivate().getEncoded();
        OctetKeyPair key = new OctetKeyPair.Builder(Curve.Ed25519,
                Base64URL.encode(Arrays.copyOfRange(spki, spki.length - 32, spki.length)))
                .d(Base64URL.encode(Arrays.copyOfRange(pkcs8, pkcs8.length - 32, pkcs8.length))).keyID("ed-1").build();
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        String compact = SigningCommand.sign(key, null, body, true);
        String[] parts = compact.split("\\.", -1);
        java.security.Signature verifier = java.security.Signature.getInstance("Ed25519");
        verifier.initVerify(pair.getPublic());
        verifier.update((parts[0] + ".{}").getBytes(StandardCharsets.US_ASCII));
        assertThat(verifier.verify(new Base64URL(parts[2]).decode())).isTrue();
    }

    @Test
    void printsTheHeaderValueFromFiles() throws Exception {
        ECKey ec = new ECKeyGenerator(Curve.P_256).keyID("ec-file").generate();
        Path key = Files.writeString(dir.resolve("key.jwk"), ec.toJSONString());
        Path body = Files.writeString(dir.resolve("order.json"), "{\"platformOrderRef\":\"A-1\"}");
        CommandLineRun run = CommandLineRun.run("party", "sign", "--key", key.toString(), "--body", body.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        String printed = run.out().trim();
        assertThat(JWSObject.parse(printed, new Payload(Files.readAllBytes(body)))
                .verify(new ECDSAVerifier(ec.toPublicJWK()))).isTrue();
    }
}
