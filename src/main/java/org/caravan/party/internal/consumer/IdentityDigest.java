package org.caravan.party.internal.consumer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.caravan.common.store.OwnerOnlyFiles;
import org.caravan.party.IdentityDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The keyed HMAC-SHA256 of an identity document, the only trace of it Caravan keeps. Keyed,
 * not a plain hash: national identity numbers are few enough to hash them all, so without
 * the key a stolen table must not be joinable back to people. The key comes from
 * configuration ({@code caravan.security.consumer-id-key}, base64) or a file under the data
 * directory made on first start; losing it only weakens "once per person" for ids issued
 * before, never exposes a number.
 */
@Component
public class IdentityDigest {

    private static final Logger log = LoggerFactory.getLogger(IdentityDigest.class);

    private final SecretKeySpec key;

    IdentityDigest(@Value("${caravan.security.consumer-id-key:}") String configured,
            @Value("${caravan.security.consumer-id-key-file:${caravan.data-dir}/keys/consumer-id.key}") String file) {
        this.key = new SecretKeySpec(load(configured, file), "HmacSHA256");
    }

    public String of(IdentityDocument document) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(document.canonical().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] load(String configured, String file) {
        if (configured != null && !configured.isBlank()) {
            return decode(configured.trim(), "caravan.security.consumer-id-key");
        }
        if (file == null || file.isBlank()) {
            log.info("No consumer id key configured: identity digests use an in-memory key and end with the process");
            return fresh();
        }
        Path path = Path.of(file);
        try {
            if (!Files.exists(path)) {
                OwnerOnlyFiles.createSecret(path, Base64.getEncoder().encodeToString(fresh()));
            }
            return decode(Files.readString(path).trim(), path.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the consumer id key at " + path, e);
        }
    }

    private static byte[] decode(String base64, String where) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The consumer id key in " + where + " is not base64");
        }
        if (bytes.length < 32) {
            throw new IllegalStateException("The consumer id key in " + where + " must be at least 32 bytes");
        }
        return bytes;
    }

    private static byte[] fresh() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
