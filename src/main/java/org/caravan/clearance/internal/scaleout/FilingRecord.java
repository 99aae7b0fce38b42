package org.caravan.clearance.internal.scaleout;

import java.util.UUID;

/**
 * The contract {@code org.caravan.filing.consignment-filed.v1}: a consignment stored and waiting
 * for its assessment in {@code jurisdiction}. The filing itself is read from the installation's
 * database, which every instance shares.
 */
record FilingRecord(UUID consignmentId, UUID manifestId, String trackingNumber, String jurisdiction) {

    static final String TYPE = "org.caravan.filing.consignment-filed.v1";
}
