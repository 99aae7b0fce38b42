package org.caravan.common.audit.internal;

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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.nimbusds.jose.jwk.RSAKey;

/**
 * The key this installation signs its chain heads with, apart from the token issuer's so
 * either can be rotated alone. Kept under the data directory: a witness checks every head
 * against the same public key, so it must survive a restart.
 */
@Component
public class InstallationKey {

    private static final Logger log = LoggerFactory.getLogger(InstallationKey.class);

    private final RSAKey key;

    InstallationKey(@Value("${caravan.audit.signing-key-file:${caravan.data-dir}/keys/audit-head-key.jwk}") String file) {
        this.key = load(file);
    }

    public RSAKey key() {
        return key;
    }

    private static RSAKey load(String file) {
        if (file == null || file.isBlank()) {
            log.info("No audit signing key file configured: chain heads are signed with an in-memory key");
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
            throw new UncheckedIOException("Cannot read the audit signing key at " + path, e);
        } catch (ParseException e) {
            throw new IllegalStateException("The audit signing key at " + path + " is not a JWK", e);
        }
    }

    private static RSAKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID("caravan-audit-" + java.util.UUID.randomUUID()).build();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
