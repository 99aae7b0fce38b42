package org.caravan.interchange.internal;

/** The media types of what Caravan sends partners (RFC 1767 for EDIFACT). */
public final class EdifactMedia {

    public static final String EDIFACT = "application/EDIFACT";
    public static final String WCO_XML = "application/xml";

    private EdifactMedia() {
    }
}
