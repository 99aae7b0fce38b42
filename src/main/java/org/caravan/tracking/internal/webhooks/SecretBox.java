package org.caravan.tracking.internal.webhooks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.caravan.common.store.OwnerOnlyFiles;
import org.springframework.stereotype.Component;

/**
 * Keeps subscription secrets encrypted at rest. Signing needs a secret back, so it cannot be
 * hashed like a password; it is sealed with AES-256-GCM under a key held in a file readable by
 * the service's user only ({@code caravan.webhooks.secret-key-file}), apart from the database:
 * a copy of the database alone does not reveal any receiver's secret. With the setting empty
 * (tests) the key lives in memory only and sealed secrets do not outlive the process.
 */
@Component
public class SecretBox {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE = 12;

    private final SecretKeySpec key;

    SecretBox(WebhookSettings settings) {
        this.key = new SecretKeySpec(keyBytes(settings.secretKeyFile), "AES");
    }

    public String seal(String secret) {
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal a webhook secret", e);
        }
    }

    public String open(String sealed) {
        try {
            byte[] all = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, NONCE));
            return new String(cipher.doFinal(all, NONCE, all.length - NONCE), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot open a webhook secret: was the key file replaced?", e);
        }
    }

    private static byte[] keyBytes(String file) {
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        if (file == null || file.isBlank()) {
            return fresh;
        }
        Path path = Path.of(file);
        OwnerOnlyFiles.createSecret(path, Base64.getEncoder().encodeToString(fresh)); // false: it existed already
        try {
            return Base64.getDecoder().decode(Files.readString(path).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the webhook key " + path, e);
        }
    }
}
