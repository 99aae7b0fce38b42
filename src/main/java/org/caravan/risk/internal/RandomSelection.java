package org.caravan.risk.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Random selection of otherwise green parcels for control at the profile's rate. The draw
 * is a hash of a secret salt and the tracking number: traders cannot predict it, and the
 * same parcel always draws the same, so a re-assessment does not change the lane.
 */
public final class RandomSelection {

    private static final double TWO_TO_THE_48 = 1L << 48;

    private final BigDecimal rate;
    private final double threshold;
    private final String salt;

    public RandomSelection(BigDecimal rate, String salt) {
        RiskProfile.share("randomInspectionRate", rate);
        this.rate = rate;
        this.threshold = rate.doubleValue();
        this.salt = salt;
    }

    public BigDecimal rate() {
        return rate;
    }

    /** The same secret draw at another rate, for a jurisdiction that configured its own random share. */
    public RandomSelection atRate(BigDecimal other) {
        return new RandomSelection(other, salt);
    }

    public boolean selects(String trackingNumber) {
        if (rate.signum() == 0) {
            return false;
        }
        byte[] digest = sha256(salt + trackingNumber);
        long bits = 0;
        for (int i = 0; i < 6; i++) {
            bits = (bits << 8) | (digest[i] & 0xFF);
        }
        return bits / TWO_TO_THE_48 < threshold;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
