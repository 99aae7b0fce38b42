package org.caravan.clearance;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What customs ask of a parcel's consignee, and the PDF the consignee sends back. The
 * consignee has no account: the consumer's tracking page calls this only once the caller
 * has proven a fact of the filing (the postcode or the phone's last digits), and answers
 * anyone else as it answers an unknown parcel.
 */
public interface ConsigneeDocuments {

    /** An open request on one of the parcel's cases; {@code kind} is INVOICE, PERMIT or CERTIFICATE. */
    record Requested(UUID requestId, String jurisdiction, String kind, String reason, Instant requestedAt) {
    }

    List<Requested> open(String trackingNumber);

    /**
     * Supplies a PDF (already checked to be one, within the size limit) against an open
     * request of this parcel, for the officer to review; answers the supplied document's id.
     * A request of another parcel is not found.
     */
    UUID supplyPdf(String trackingNumber, UUID requestId, byte[] pdf);
}
