package org.caravan.exchange.internal.corridor;

/** What an administration may share with a partner; anything not granted is left out of every message to it. */
public enum Share {
    /** The consignment's filing: goods, values, mass, transport, the consignee's name and city. */
    FILING,
    /** The consignee's postcode, which lets the consumer prove a parcel is theirs. */
    CONSIGNEE_CONTACT,
    /** Each administration's risk lane, score and reasons. */
    RISK,
    /** Each administration's decision: cleared, or selected for control. */
    DECISION,
    /** Transit events (entry, exit) and the destination's confirmation of arrival. */
    TRANSIT
}
