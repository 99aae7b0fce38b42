package org.caravan.tracking.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Checks that a webhook delivery comes from Caravan and is fresh, before its body is trusted. */
public final class WebhookSignatureCheck {

    /** How far the webhook-timestamp may be from the receiver's clock; older deliveries are refused as replays. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    private WebhookSignatureCheck() {
    }

    /**
     * True when the delivery is genuine: one of the space-separated {@code v1,<base64>} signatures
     * is the HMAC-SHA256 of {@code id.timestamp.body} under the secret ({@code whsec_} + base64 key),
     * and the timestamp is within {@link #TOLERANCE} of {@code now}. Pass the body exactly as received.
     */
    public static boolean verify(String secret, String id, String timestamp, String signatures, byte[] body,
            Instant now) {
        if (secret == null || !secret.startsWith("whsec_") || id == null || timestamp == null || signatures == null
                || body == null) {
            return false;
        }
        long sentAt;
        try {
            sentAt = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(now.getEpochSecond() - sentAt) > TOLERANCE.toSeconds()) {
            return false;
        }
        byte[] expected;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            expected = mac.doFinal(body);
        } catch (Exception e) {
            return false;
        }
        for (String signature : signatures.split(" ")) {
            if (!signature.startsWith("v1,")) {
                continue;
            }
            try {
                // constant time, so the answer's timing does not reveal how much of a forgery matched
                if (MessageDigest.isEqual(expected, Base64.getDecoder().decode(signature.substring(3)))) {
                    return true;
                }
            } catch (IllegalArgumentException e) {
                // not base64: not a signature of ours
            }
        }
        return false;
    }
}
