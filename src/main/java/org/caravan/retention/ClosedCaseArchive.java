package org.caravan.retention;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Archives the manifests whose every case closed before a cutoff (a case seized, or released
 * and then delivered or returned, with no open officer task and no refund still owed), with
 * their consignments, cases and events. The archive file is written and fsynced before any
 * row is deleted.
 */
public interface ClosedCaseArchive {

    /**
     * Writes the manifests closed before {@code closedBefore} to {@code file} and deletes
     * them from the live tables; with {@code dryRun}, only counts them.
     */
    Archived archive(Instant closedBefore, Path file, boolean dryRun);

    /**
     * What a run found and did: consignments and rows per table, and the archive file with its
     * SHA-256 (empty on a dry run or when nothing was closed before the cutoff).
     */
    record Archived(int consignments, Map<String, Integer> rows, Optional<Path> file, Optional<String> sha256,
            boolean dryRun) {

        public int totalRows() {
            return rows.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}
