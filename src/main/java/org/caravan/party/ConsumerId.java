package org.caravan.party;

import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

import org.caravan.reference.CountryCode;

/**
 * A pseudonymous consumer id, {@code <CC>-P<12 digits>}: the country that issued it, then
 * eleven random digits and a Damm check digit. The digits are drawn at random, never derived
 * from the person, so an id leaks nothing about who holds it. Damm (H. M. Damm, 2004) rather
 * than Luhn or ISO 7064 MOD 11-10: all three give one decimal digit and catch every single
 * wrong digit, but only Damm catches every swap of two neighbouring digits; the other two let
 * about one swap in fifty through, and those are the two slips of someone copying an id by hand.
 */
public record ConsumerId(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Z]{2}-P\\d{12}");

    public ConsumerId {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not a consumer id");
        }
    }

    /** The id when {@code text} has the form and its check digit holds. */
    public static Optional<ConsumerId> parse(String text) {
        return isWellFormed(text) ? Optional.of(new ConsumerId(text)) : Optional.empty();
    }

    public static boolean isWellFormed(String text) {
        return text != null && FORM.matcher(text).matches() && CountryCode.isValid(text.substring(0, 2))
                && checkDigit(text.substring(4, 15)) == text.charAt(15) - '0';
    }

    /** A new random id of {@code country}. */
    public static ConsumerId generate(CountryCode country, RandomGenerator random) {
        StringBuilder digits = new StringBuilder(12);
        for (int i = 0; i < 11; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        digits.append((char) ('0' + checkDigit(digits)));
        return new ConsumerId(country.value() + "-P" + digits);
    }

    public CountryCode country() {
        return CountryCode.of(value.substring(0, 2));
    }

    /** Damm's totally anti-symmetric quasigroup of order 10: the check digit makes the interim digit 0. */
    private static final int[][] DAMM = {
        {0, 3, 1, 7, 5, 9, 8, 6, 4, 2},
        {7, 0, 9, 2, 1, 5, 4, 8, 6, 3},
        {4, 2, 0, 6, 8, 7, 1, 3, 5, 9},
        {1, 7, 5, 0, 9, 8, 3, 4, 2, 6},
        {6, 1, 2, 3, 0, 4, 5, 9, 7, 8},
        {3, 6, 7, 4, 2, 0, 9, 5, 8, 1},
        {5, 8, 6, 9, 7, 2, 0, 1, 3, 4},
        {8, 9, 4, 5, 3, 6, 2, 0, 1, 7},
        {9, 4, 3, 8, 6, 1, 7, 2, 0, 5},
        {2, 5, 8, 1, 4, 3, 6, 7, 9, 0}};

    static int checkDigit(CharSequence digits) {
        int interim = 0;
        for (int i = 0; i < digits.length(); i++) {
            interim = DAMM[interim][digits.charAt(i) - '0'];
        }
        return interim;
    }

    @Override
    public String toString() {
        return value;
    }
}
