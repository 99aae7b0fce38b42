package org.caravan.party;

/** What a party does in the clearance flow, and so what it may see. */
public enum Role {
    /** An e-commerce platform filing orders at checkout. */
    PLATFORM,
    /** A courier, express operator or post filing manifests as declarant. */
    COURIER,
    /** A customs officer of one administration. */
    OFFICER,
    /** A licensing agency of one country that issues permits for restricted goods. */
    ISSUING_AGENCY,
    /** An operator of the Caravan installation. */
    ADMIN
}
