package org.caravan.simulator.internal.pilot;

import java.util.List;

/** A courier's manifest: one departure of a lane's conveyance with the parcels ready for it. */
public record SimManifest(String manifestRef, String conveyanceRef, TradeLane lane, long departsAt, long arrivesAt,
        List<SimParcel> parcels) {

    /**
     * The interchange control reference a CUSCAR of this manifest carries: 14 capitals and digits
     * fixed by the manifest, so a retry is recognised as the same interchange.
     */
    public String controlReference() {
        String digest = Integer.toUnsignedString(manifestRef.hashCode(), 36).toUpperCase();
        return ("M" + digest + manifestRef.replaceAll("[^A-Z0-9]", "") + "00000000000000").substring(0, 14);
    }
}
