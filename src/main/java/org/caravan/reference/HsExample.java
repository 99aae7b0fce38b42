package org.caravan.reference;

/**
 * A product description with the HS subheading an administration assigned to it, and where
 * that came from (e.g. {@code uk_tariff_search_references}, {@code cbp_cross_ruling}).
 */
public record HsExample(String description, String subheading, String source) {
}
