package org.caravan.risk.internal.hs;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * The deterministic split of labelled descriptions for measuring HS suggestions: by a hash of
 * the normalised description, so the same words never sit on both sides (the same subject
 * with two codes goes one way), and every run and machine splits alike.
 */
public enum HeldOut {
    /** What the measured index learns from (70 %). */
    TRAIN,
    /** What the weights were tuned on (10 %). */
    VALIDATION,
    /** What the published figures are measured on (20 %), never used for tuning. */
    TEST;

    public static HeldOut of(String description) {
        CRC32 crc = new CRC32();
        crc.update(description.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        long bucket = crc.getValue() % 10;
        return bucket < 2 ? TEST : bucket == 2 ? VALIDATION : TRAIN;
    }
}
