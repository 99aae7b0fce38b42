package org.caravan.reference;

import java.util.regex.Pattern;

/**
 * A Harmonized System code of 6 to 10 digits: the first six are the international
 * subheading, the rest national tariff detail.
 */
public record HsCode(String value) {

    private static final Pattern DIGITS = Pattern.compile("\\d{6,10}");

    public HsCode {
        if (value == null || !DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("HS code must be 6 to 10 digits: " + value);
        }
    }

    public static boolean isWellFormed(String value) {
        return value != null && DIGITS.matcher(value).matches();
    }

    public String subheading() {
        return value.substring(0, 6);
    }

    public String heading() {
        return value.substring(0, 4);
    }

    public String chapter() {
        return value.substring(0, 2);
    }

    @Override
    public String toString() {
        return value;
    }
}
