package org.caravan.party;

/** What a party does in the clearance flow, and so what it may see. */
public enum Role {
    /** An e-commerce platform filing orders at checkout. */
    PLATFORM,
    /** A courier, express operator or post filing manifests as declarant. */
    COURIER,
    /** A customs officer of one administration. */
    OFFICER,
    /** An operator of the Caravan installation. */
    ADMIN
}
