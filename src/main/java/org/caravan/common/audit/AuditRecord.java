package org.caravan.common.audit;

import java.time.Instant;

/**
 * An entry as the chain holds it: its place {@code seq} (1, 2, ... without gaps), the hash of
 * the entry before it and its own hash over both (see {@link AuditHash}). {@code detail} is
 * the compact JSON the entry's facts were written as.
 */
public record AuditRecord(long seq, Instant occurredAt, String actor, String action, String subjectKind, String subjectId,
        String jurisdiction, String detail, String prevHash, String hash) {

    /** The hash this entry's fields give; equal to {@link #hash()} unless a field was changed. */
    public String computedHash() {
        return AuditHash.of(seq, prevHash, occurredAt, actor, action, subjectKind, subjectId, jurisdiction, detail);
    }
}
