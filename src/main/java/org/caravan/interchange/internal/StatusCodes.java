package org.caravan.interchange.internal;

import org.caravan.clearance.ClearanceStatus;

/**
 * Caravan's codes for clearance statuses in CUSRES (GIS 7365) and IFTSTA (STS 4405), three
 * letters each so partners can route on them; the table is in docs/edifact/CUSRES.md.
 */
final class StatusCodes {

    static final String ARRIVED = "ARR";

    private StatusCodes() {
    }

    static String of(ClearanceStatus status) {
        return status.statusCode();
    }
}
