package org.caravan.clearance.internal.payments.model;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.caravan.reference.CountryCode;

/**
 * A reference a payer types or pastes: {@code PAY-KZ-<case>-<check>} for a case's payment
 * request, {@code RFD-KZ-<payment>-<check>} for a refund. The id is the case's (or the
 * payment's) UUID in 25 base-36 characters, so the reference leads back to it without a
 * lookup table; the last character is an ISO 7064 MOD 37,36 check over the country and the
 * id, which catches every single mistyped character and most swapped neighbours before the
 * reference reaches the database.
 */
public record Reference(Kind kind, CountryCode jurisdiction, UUID id) {

    public enum Kind {
        PAY, RFD
    }

    /** A text that is no reference: {@code code} is {@code malformed} or {@code check-character}. */
    public static final class Unreadable extends RuntimeException {

        private final String code;

        Unreadable(String code, String message) {
            super(message);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final int ID_LENGTH = 25;
    private static final BigInteger LIMIT = BigInteger.ONE.shiftLeft(128);
    private static final Pattern FORM = Pattern.compile("(PAY|RFD)-([A-Z]{2})-([0-9A-Z]{" + ID_LENGTH + "})-([0-9A-Z])");

    public static Reference payment(CountryCode jurisdiction, UUID caseId) {
        return new Reference(Kind.PAY, jurisdiction, caseId);
    }

    public static Reference refund(CountryCode jurisdiction, UUID paymentId) {
        return new Reference(Kind.RFD, jurisdiction, paymentId);
    }

    public String value() {
        String body = jurisdiction.value() + compact(id);
        return kind + "-" + jurisdiction.value() + "-" + compact(id) + "-" + check(body);
    }

    @Override
    public String toString() {
        return value();
    }

    /** Reads a reference as typed; spaces around it and lower case are forgiven, nothing else. */
    public static Reference parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text.trim().toUpperCase(Locale.ROOT));
        if (m == null || !m.matches()) {
            throw new Unreadable("malformed", "a reference reads like PAY-KZ-03F3T9XFB17CZAA9LLC07HG5Z-W");
        }
        if (check(m.group(2) + m.group(3)) != m.group(4).charAt(0)) {
            throw new Unreadable("check-character", "the check character does not match; the reference is mistyped");
        }
        BigInteger value = new BigInteger(m.group(3), 36);
        if (value.compareTo(LIMIT) >= 0 || !CountryCode.isValid(m.group(2))) {
            throw new Unreadable("malformed", "no reference has this id");
        }
        byte[] bytes = value.toByteArray();
        ByteBuffer buffer = ByteBuffer.allocate(16);
        buffer.put(new byte[16 - Math.min(16, bytes.length)]);
        buffer.put(bytes, Math.max(0, bytes.length - 16), Math.min(16, bytes.length));
        buffer.flip();
        return new Reference(Kind.valueOf(m.group(1)), CountryCode.of(m.group(2)), new UUID(buffer.getLong(), buffer.getLong()));
    }

    static String compact(UUID id) {
        byte[] bytes = ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits())
                .array();
        String digits = new BigInteger(1, bytes).toString(36).toUpperCase(Locale.ROOT);
        return "0".repeat(ID_LENGTH - digits.length()) + digits;
    }

    /** ISO 7064 MOD 37,36: the hybrid system over digits and letters, its check also a digit or letter. */
    static char check(String body) {
        int m = 36;
        int p = m;
        for (int i = 0; i < body.length(); i++) {
            int s = (p + ALPHABET.indexOf(body.charAt(i))) % m;
            p = ((s == 0 ? m : s) * 2) % (m + 1);
        }
        return ALPHABET.charAt((m + 1 - p) % m);
    }
}
