package org.caravan.reference;

/** Why goods under a subheading cannot be released on the manifest line alone, and who says so. */
public record Restriction(Kind kind, String source) {

    public enum Kind {
        /** Not admitted in international postal and express items at all. */
        PROHIBITED_IN_POST,
        /** Admissible only with documents (permit, registration) checked by an officer. */
        DOCUMENTS_REQUIRED
    }
}
