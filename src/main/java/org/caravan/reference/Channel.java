package org.caravan.reference;

/** How a parcel reaches the consignee; regimes differ between post and express couriers. */
public enum Channel {
    COURIER, POSTAL
}
