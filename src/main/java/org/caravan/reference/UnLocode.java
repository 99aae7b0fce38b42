package org.caravan.reference;

import java.util.regex.Pattern;

/** A UN/LOCODE: ISO country code followed by a three-character location code. */
public record UnLocode(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Z]{2}[A-Z2-9]{3}");

    public UnLocode {
        if (!isWellFormed(value) || !CountryCode.isValid(value.substring(0, 2))) {
            throw new IllegalArgumentException("Not a UN/LOCODE: " + value);
        }
    }

    public static boolean isWellFormed(String value) {
        return value != null && FORM.matcher(value).matches() && CountryCode.isValid(value.substring(0, 2));
    }

    public CountryCode country() {
        return new CountryCode(value.substring(0, 2));
    }

    @Override
    public String toString() {
        return value;
    }
}
