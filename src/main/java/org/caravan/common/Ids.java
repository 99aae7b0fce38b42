package org.caravan.common;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * UUIDv7 ids (RFC 9562) that are monotonic within this process: the millisecond
 * timestamp leads, and a 12-bit counter (RFC 9562 section 6.2, method 1) orders ids made
 * in the same millisecond. Primary-key indexes append, and ids sort in filing order.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static long lastMillis;
    private static int counter;

    private Ids() {
    }

    public static synchronized UUID next() {
        long millis = System.currentTimeMillis();
        if (millis > lastMillis) {
            lastMillis = millis;
            counter = RANDOM.nextInt(1 << 10); // leaves room for at least 3,072 more ids this millisecond
        } else if (++counter >= (1 << 12)) {
            lastMillis++; // counter exhausted: borrow the next millisecond rather than lose order
            counter = 0;
        }
        long msb = (lastMillis << 16) | (0x7L << 12) | counter;
        long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
