package org.caravan.party;

import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

import org.caravan.reference.CountryCode;

/**
 * A pseudonymous consumer id, {@code <CC>-P<12 digits>}: the country that issued it, then
 * eleven random digits and an ISO 7064 MOD 11-10 check digit. The digits are drawn at random,
 * never derived from the person, so an id leaks nothing about who holds it. MOD 11-10 rather
 * than Luhn: it is the ISO standard for one numeric check digit and catches every single wrong
 * digit and every swap of two neighbours (Luhn misses 09 and 90), the two slips of someone
 * copying an id by hand.
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

    /** ISO 7064 MOD 11-10, the hybrid system for one decimal check digit. */
    static int checkDigit(CharSequence digits) {
        int product = 10;
        for (int i = 0; i < digits.length(); i++) {
            int sum = (product + digits.charAt(i) - '0') % 10;
            product = (sum == 0 ? 10 : sum) * 2 % 11;
        }
        return (11 - product) % 10;
    }

    @Override
    public String toString() {
        return value;
    }
}
