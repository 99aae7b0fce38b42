package org.caravan.filing;

import java.util.List;

import org.caravan.common.Violation;
import org.caravan.filing.internal.web.FilingRequests;
import org.caravan.party.Caller;

/**
 * The door through which other channels (a UN/EDIFACT CUSDEC) file a platform's order:
 * the JSON API's own use case behind it, so validation and idempotency are the same.
 */
public interface OrderFiling {

    /** Files the order once per caller and key; a retry with the same key and order replays the first receipt. */
    ManifestFiling.Receipt file(Caller caller, String idempotencyKey, FilingRequests.Order order);

    /** Every problem validation finds with the order, without filing it. */
    List<Violation> violations(FilingRequests.Order order);
}
