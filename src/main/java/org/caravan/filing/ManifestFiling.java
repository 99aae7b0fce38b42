package org.caravan.filing;

import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

import org.caravan.common.Violation;
import org.caravan.filing.internal.web.FilingRequests;
import org.caravan.party.Caller;

/**
 * The one door through which other channels (UN/EDIFACT, WCO Data Model) file a courier's
 * manifest: the same validation, atomicity and idempotency as the JSON API, because it is
 * the JSON API's own use case behind it.
 */
public interface ManifestFiling {

    /**
     * Files the manifest once per caller and key; a retry with the same key and the same
     * manifest replays the first receipt. Refusals are thrown as the JSON API throws them
     * ({@link org.caravan.common.InvalidInput} with JSON pointers, {@link org.caravan.common.Conflict}).
     */
    Receipt file(Caller caller, String idempotencyKey, FilingRequests.Manifest manifest);

    /**
     * Files a manifest whose consignments are read one at a time (a large interchange), stored
     * and assessed chunk by chunk in one transaction, so the heap never holds the manifest.
     * Each consignment is validated as it comes; a problem anywhere, or a failure of
     * {@code lines} itself, rolls back all of it. {@code bodySha256} fingerprints the message
     * for idempotency. Problems are thrown as {@link org.caravan.common.InvalidInput} with the
     * pointers the JSON API uses ({@code /consignments/<index>/...}).
     */
    Receipt fileStreamed(Caller caller, String idempotencyKey, String bodySha256, FilingRequests.Manifest header,
            Iterator<FilingRequests.ConsignmentLine> lines);

    /**
     * Files a manifest another administration on the route shared, on behalf of its courier:
     * the same validation, storage and assessment, with {@code upstream} giving the signals of
     * the sharing administrations' results for each tracking number.
     */
    Receipt fileShared(Caller courier, String idempotencyKey, FilingRequests.Manifest manifest,
            Function<String, List<MatchSignal>> upstream);

    /** Every problem validation finds with the manifest, without filing it. */
    List<Violation> violations(FilingRequests.Manifest manifest);

    /** The receipt as the JSON API answers it: its HTTP status and JSON text, and whether it is a replay. */
    record Receipt(int status, String json, boolean replayed) {
    }
}
