package org.caravan.clearance.internal;

import java.util.Optional;

import org.caravan.filing.FiledConsignment;

/**
 * Whose allowance a parcel counts against, as {@link org.caravan.filing.Recipients} keys
 * recipients for every module; kept here so clearance reads as before.
 */
public final class Recipients {

    private Recipients() {
    }

    /** The recipient's key, or empty when neither a consumer id nor a name with a city or postcode identifies them. */
    public static Optional<String> key(FiledConsignment c) {
        return org.caravan.filing.Recipients.key(c);
    }

    /** Whether {@link #key} finds a key, without the hash. */
    static boolean identified(FiledConsignment c) {
        return org.caravan.filing.Recipients.identified(c);
    }

    /** The seller whose parcels on one conveyance count as one consignment; the tracking number when the seller is unknown. */
    public static String seller(FiledConsignment c) {
        return org.caravan.filing.Recipients.seller(c);
    }
}
