package org.caravan.common;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * UUIDv7 ids (RFC 9562): time-ordered, so primary-key indexes append instead of
 * splitting pages on the hot path.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static UUID next() {
        long millis = System.currentTimeMillis();
        long randA = RANDOM.nextInt(1 << 12);
        long msb = (millis << 16) | (0x7L << 12) | randA;
        long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
