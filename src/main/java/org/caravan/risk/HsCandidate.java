package org.caravan.risk;

/** A subheading suggested for a product description, with its share of the evidence (0..1). */
public record HsCandidate(String hsCode, String description, double score) {
}
