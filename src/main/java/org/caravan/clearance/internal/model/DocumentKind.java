package org.caravan.clearance.internal.model;

/** What an officer may ask for before deciding a held case. */
public enum DocumentKind {
    /** The seller's invoice: who sold what, at what price. */
    INVOICE,
    /** A permit or licence for restricted goods. */
    PERMIT,
    /** A certificate (origin, conformity, veterinary or phytosanitary). */
    CERTIFICATE
}
