package org.caravan.reference;

import java.util.Locale;
import java.util.Set;

/** An ISO 3166-1 alpha-2 country code, checked against the JDK's ISO list. */
public record CountryCode(String value) {

    private static final Set<String> ISO = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    public CountryCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not an ISO 3166-1 alpha-2 country code: " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && ISO.contains(value);
    }

    public static CountryCode of(String value) {
        return new CountryCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
