package org.caravan.party;

import org.caravan.reference.Channel;

/** What a party does in the clearance flow, and so what it may see. */
public enum Role {
    /** An e-commerce platform filing orders at checkout. */
    PLATFORM,
    /** A courier or express operator filing manifests as declarant. */
    COURIER,
    /** A postal operator filing manifests of international postal items as declarant. */
    POST,
    /**
     * An EAEU e-commerce operator: a registered customs representative that declares
     * e-commerce goods for consumers and pays on their behalf.
     */
    ECOMMERCE_OPERATOR,
    /** A customs officer of one administration. */
    OFFICER,
    /** A licensing agency of one country that issues permits for restricted goods. */
    ISSUING_AGENCY,
    /** An operator of the Caravan installation. */
    ADMIN;

    /** Whether the party files manifests as declarant: a courier, a post or an e-commerce operator. */
    public boolean declares() {
        return this == COURIER || this == POST || this == ECOMMERCE_OPERATOR;
    }

    /** The channel a declarant's parcels travel by, which chooses their regime. */
    public Channel channel() {
        return switch (this) {
            case POST -> Channel.POSTAL;
            case ECOMMERCE_OPERATOR -> Channel.ECOMMERCE_OPERATOR;
            default -> Channel.COURIER;
        };
    }
}
