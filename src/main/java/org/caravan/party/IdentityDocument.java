package org.caravan.party;

import java.util.Locale;

import org.caravan.reference.CountryCode;

/**
 * The document an administration checked before issuing a consumer id: a national identity
 * number of the issuing country, or a passport of any country. It is only ever hashed, to
 * keep one id per person; {@link #toString()} never shows the number.
 */
public record IdentityDocument(Kind kind, String number, CountryCode issuedBy) {

    public enum Kind {
        NATIONAL_ID, PASSPORT
    }

    /** What is hashed: the kind, the issuing country and the number without spaces, dashes or case. */
    public String canonical() {
        return kind + "|" + issuedBy.value() + "|" + number.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return kind + " of " + issuedBy.value() + " (number withheld)";
    }
}
