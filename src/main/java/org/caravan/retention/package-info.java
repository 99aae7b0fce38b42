/**
 * Retention: closed clearance cases older than the retention period are written to a gzip
 * JSON Lines archive and then removed from the live tables, each run recorded in the audit
 * trail with the archive's SHA-256 (docs/storage-at-volume.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Retention")
package org.caravan.retention;
