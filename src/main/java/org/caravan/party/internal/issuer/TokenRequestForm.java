package org.caravan.party.internal.issuer;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code application/x-www-form-urlencoded} body of a token request (RFC 6749 appendix B:
 * UTF-8). A real request is a few hundred bytes, so only a small body is read at all.
 */
final class TokenRequestForm {

    static final int MAX_BYTES = 8192;

    private final Map<String, String> fields;

    private TokenRequestForm(Map<String, String> fields) {
        this.fields = fields;
    }

    static TokenRequestForm read(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new TooLarge();
        }
        Map<String, String> fields = new HashMap<>();
        for (String pair : new String(bytes, StandardCharsets.UTF_8).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            // RFC 6749 section 3.2: parameters must not be included more than once
            if (fields.putIfAbsent(name, value) != null) {
                throw new Malformed("A parameter is given more than once.");
            }
        }
        return new TokenRequestForm(fields);
    }

    String get(String name) {
        return fields.get(name);
    }

    Map<String, String> fields() {
        return fields;
    }

    private static String decode(String encoded) {
        try {
            return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new Malformed("The form body is not valid application/x-www-form-urlencoded.");
        }
    }

    static final class TooLarge extends IOException {

        TooLarge() {
            super("A token request body is at most " + MAX_BYTES + " bytes.");
        }
    }

    static final class Malformed extends RuntimeException {

        Malformed(String message) {
            super(message);
        }
    }
}
