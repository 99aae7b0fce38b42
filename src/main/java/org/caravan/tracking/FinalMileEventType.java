package org.caravan.tracking;

/**
 * What a courier reports of a released parcel on its last mile, each with its IFTSTA status
 * code (STS 4405), three letters like the clearance statuses' codes.
 */
public enum FinalMileEventType {
    OUT_FOR_DELIVERY("OFD"),
    REFUSED("RFS"),
    DELIVERED("DLV"),
    RETURNED("RTN");

    private final String statusCode;

    FinalMileEventType(String statusCode) {
        this.statusCode = statusCode;
    }

    public String statusCode() {
        return statusCode;
    }
}
