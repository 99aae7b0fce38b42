package org.caravan.clearance;

import java.time.Instant;

/**
 * The command tracking gives clearance when a courier reports a parcel returned to the
 * sender: the goods were not imported after all, so the recipient's periodic allowance
 * they used is given back and any duties assessed on them are due back too. A command
 * rather than clearance listening to tracking's event: tracking already follows
 * clearance's events, and the two listening to each other would be a cycle.
 */
public interface ParcelReturns {

    /** Runs in the caller's transaction; called once per return. */
    void returned(String trackingNumber, Instant at, String actor);
}
