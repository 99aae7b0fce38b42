package org.caravan.reference;

/**
 * A subheading of the imported nomenclature with the descriptions of its heading and chapter:
 * on its own a subheading often says only "Other" or "Of cotton".
 */
public record HsSubheadingText(String subheading, String description, String heading, String chapter) {
}
