package org.caravan.common.audit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.caravan.common.audit.AuditHash;
import org.caravan.common.audit.AuditRecord;
import org.caravan.common.audit.store.AuditChainTable;
import org.springframework.stereotype.Component;

/**
 * Links a batch of entries to the chain: locks the head row, hashes each entry onto the one
 * before it, inserts the batch and moves the head, all in the caller's transaction. The lock
 * is held from here to the commit, so this runs last, just before the commit.
 */
@Component
public class ChainAppender {

    private final AuditChainTable table;

    ChainAppender(AuditChainTable table) {
        this.table = table;
    }

    /** An entry waiting for its place: its facts, already in the form they are hashed in. */
    public record Unlinked(Instant occurredAt, String actor, String action, String subjectKind, String subjectId,
            String jurisdiction, String detail) {
    }

    public void append(List<Unlinked> entries) {
        if (entries.isEmpty()) {
            return;
        }
        AuditChainTable.HeadRow head = table.lockHead();
        long seq = head.seq();
        String prev = head.hash();
        List<AuditRecord> records = new ArrayList<>(entries.size());
        for (Unlinked e : entries) {
            seq++;
            String hash = AuditHash.of(seq, prev, e.occurredAt(), e.actor(), e.action(), e.subjectKind(), e.subjectId(),
                    e.jurisdiction(), e.detail());
            records.add(new AuditRecord(seq, e.occurredAt(), e.actor(), e.action(), e.subjectKind(), e.subjectId(),
                    e.jurisdiction(), e.detail(), prev, hash));
            prev = hash;
        }
        table.insertAll(records);
        table.moveHead(seq, prev, head.entries() + records.size(), records.get(records.size() - 1).occurredAt());
    }

    /** The entry's fields cut to the columns that hold them, so an audit entry never fails a commit. */
    public static Unlinked unlinked(Instant at, String actor, String action, String subjectKind, String subjectId,
            String jurisdiction, java.util.Map<String, ?> detail) {
        return new Unlinked(at, cut(actor, 200), cut(action, 100), cut(subjectKind, 50), cut(subjectId, 200),
                jurisdiction != null && jurisdiction.length() == 2 ? jurisdiction : null, DetailJson.of(detail));
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
