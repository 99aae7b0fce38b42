package org.caravan.risk;

/** How a sandbox run sees parcels. */
public enum SandboxMode {
    /** Every parcel production screens in the jurisdiction, as it is filed, until the run is stopped. */
    SHADOW,
    /** The consignments filed for the jurisdiction on the run's dates, once. */
    REPLAY
}
