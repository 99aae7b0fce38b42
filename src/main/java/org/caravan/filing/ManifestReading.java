package org.caravan.filing;

import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Reads a manifest file as the JSON API would file it, without filing it: each house
 * consignment validated as the API validates it and handed on as a {@link FiledConsignment}
 * that nothing stores (no order is matched, so no seller is known). For replaying traffic,
 * such as a policy comparison.
 */
public interface ManifestReading {

    /**
     * Hands each consignment of {@code file} to {@code each} in filing order: a manifest JSON
     * object as {@code POST /api/v1/manifests} takes it, or JSON Lines (a header line, then one
     * consignment a line) when the name ends in {@code .jsonl} or {@code .ndjson}, read a line
     * at a time so the heap never holds the file.
     *
     * @param filedAt the filing time the consignments are given
     * @throws org.caravan.common.InvalidInput with the API's JSON pointers (and line numbers) at the first bad part
     */
    void read(Path file, Instant filedAt, Consumer<FiledConsignment> each);
}
