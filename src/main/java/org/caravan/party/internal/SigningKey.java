package org.caravan.party.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;

import org.caravan.common.store.OwnerOnlyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.nimbusds.jose.jwk.RSAKey;

/**
 * The RSA key the built-in issuer signs access tokens with. Kept in a file under the
 * data directory so tokens survive a restart; without a file it lives in memory only.
 */
final class SigningKey {

    private static final Logger log = LoggerFactory.getLogger(SigningKey.class);

    private SigningKey() {
    }

    static RSAKey load(String file) {
        if (file == null || file.isBlank()) {
            log.info("No signing key file configured: tokens are signed with an in-memory key and end with the process");
            return generate();
        }
        Path path = Path.of(file);
        try {
            if (!Files.exists(path)) {
                // owner-only from the first byte; if another process created it meanwhile, read that one
                OwnerOnlyFiles.createSecret(path, generate().toJSONString());
            }
            return RSAKey.parse(Files.readString(path));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the signing key at " + path, e);
        } catch (ParseException e) {
            throw new IllegalStateException("The signing key at " + path + " is not a JWK", e);
        }
    }

    private static RSAKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(java.util.UUID.randomUUID().toString()).build();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
