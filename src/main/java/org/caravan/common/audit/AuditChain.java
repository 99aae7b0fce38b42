package org.caravan.common.audit;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.caravan.common.audit.ChainCheck.Break;
import org.caravan.common.audit.ChainCheck.Kind;
import org.caravan.common.audit.store.AuditChainTable;
import org.caravan.common.audit.store.AuditChainTable.HeadRow;
import org.caravan.common.audit.store.AuditChainTable.WitnessRow;
import org.springframework.stereotype.Component;

/**
 * Reads and verifies the audit chain. A verification walks the entries in seq order a page at
 * a time (so its memory does not grow with the chain) and names the first entry that was
 * modified, inserted or deleted behind the service's back, then compares the end of the
 * chain with the head row and with every head another administration witnessed.
 */
@Component
public class AuditChain {

    static final int PAGE = 1000;

    private final AuditChainTable table;

    AuditChain(AuditChainTable table) {
        this.table = table;
    }

    /** The chain's end as the head row records it. */
    public ChainHead head() {
        HeadRow head = table.head();
        return new ChainHead(head.seq(), head.hash(), Instant.now());
    }

    /**
     * The entries about one subject (a manifest id, tracking number, profile...), oldest first;
     * with {@code jurisdiction}, only that administration's.
     */
    public List<AuditRecord> about(String subjectId, Optional<String> jurisdiction, long afterSeq, int limit) {
        return table.about(subjectId, jurisdiction.orElse(null), afterSeq, limit);
    }

    public Optional<AuditRecord> entry(long seq) {
        return table.find(seq);
    }

    /** Walks the whole chain. */
    public ChainCheck verify() {
        return verify(1);
    }

    /**
     * Walks the chain from {@code from} (trusting the entry before it as the start), then checks
     * the head row and the witnessed heads.
     */
    public ChainCheck verify(long from) {
        long start = Math.max(1, from);
        // witnesses first: a head witnessed after this read is never past the head read next
        List<WitnessRow> witnesses = table.witnesses();
        HeadRow head = table.head();
        Map<Long, List<WitnessRow>> witnessedAt = new HashMap<>();
        witnesses.forEach(w -> witnessedAt.computeIfAbsent(w.seq(), s -> new java.util.ArrayList<>()).add(w));
        Walk walk = new Walk(start, head, witnesses.size());
        AuditRecord before = null;
        String expectedPrev = AuditHash.GENESIS;
        if (start > 1) {
            Optional<AuditRecord> previous = table.find(start - 1);
            if (previous.isEmpty()) {
                return walk.broken(start - 1, Kind.DELETED, "entry " + (start - 1) + ", which the walk from " + start
                        + " starts after, is missing");
            }
            before = previous.get();
            expectedPrev = before.hash();
        }
        long expectedSeq = start;
        // only up to the head read first: entries appended while the walk runs are not judged against it
        while (expectedSeq <= head.seq()) {
            List<AuditRecord> page = table.page(expectedSeq, PAGE);
            if (page.isEmpty()) {
                break;
            }
            for (AuditRecord r : page) {
                if (r.seq() > head.seq()) {
                    break;
                }
                Optional<Break> broken = link(r, expectedSeq, expectedPrev, before);
                if (broken.isEmpty()) {
                    broken = witnessed(r, witnessedAt.getOrDefault(r.seq(), List.of()));
                }
                if (broken.isPresent()) {
                    return walk.broken(broken.get());
                }
                walk.checked++;
                before = r;
                expectedPrev = r.hash();
                expectedSeq = r.seq() + 1;
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        long last = expectedSeq - 1;
        if (last < head.seq()) {
            return walk.broken(last + 1, Kind.DELETED, "the chain ends at entry " + last + " but its head says "
                    + head.seq() + ": entry " + (last + 1) + (head.seq() > last + 1 ? " to " + head.seq() : "")
                    + " deleted");
        }
        if (last == head.seq() && last >= start && !head.hash().equals(expectedPrev)) {
            return walk.broken(last, Kind.HEAD_MISMATCH, "the chain head says entry " + last + " has hash "
                    + head.hash() + " but the entry has " + expectedPrev + ": the head row was rewritten");
        }
        if (head.entries() != head.seq()) {
            return walk.broken(head.seq(), Kind.HEAD_MISMATCH, "the chain head counts " + head.entries()
                    + " entries but ends at entry " + head.seq() + ": the head row was rewritten");
        }
        // an entry past the head never went through the head lock: it was written into the table directly
        HeadRow now = table.head();
        Optional<AuditRecord> past = table.find(now.seq() + 1);
        // unless it was appended, head and all, between those two reads
        if (past.isPresent() && table.head().seq() < past.get().seq()) {
            return walk.broken(now.seq() + 1, Kind.INSERTED, "entry " + (now.seq() + 1) + " lies past the chain head "
                    + now.seq() + ": it was never appended through the chain");
        }
        for (WitnessRow w : witnesses) {
            if (w.seq() > last) {
                return walk.broken(w.seq(), Kind.WITNESS_MISSING, "the head " + w.seq() + " witnessed by " + w.witness()
                        + " is past the end of the chain (" + last + "): the chain was cut back");
            }
        }
        return walk.intact();
    }

    /** Whether {@code r} is the entry that belongs at {@code expectedSeq}, linked to {@code expectedPrev}. */
    private static Optional<Break> link(AuditRecord r, long expectedSeq, String expectedPrev, AuditRecord before) {
        if (r.seq() > expectedSeq) {
            return broken(expectedSeq, Kind.DELETED, "entry " + expectedSeq + (r.seq() > expectedSeq + 1 ? " to "
                    + (r.seq() - 1) : "") + " missing: the chain jumps to entry " + r.seq());
        }
        if (!r.hash().equals(r.computedHash())) {
            if (r.hash().equals(renumbered(r, r.seq() - 1))) {
                return broken(r.seq() - 1, Kind.INSERTED, "entry " + r.seq() + " is entry " + (r.seq() - 1)
                        + " renumbered: entry " + (r.seq() - 1) + " was inserted before it");
            }
            if (r.hash().equals(renumbered(r, r.seq() + 1))) {
                return broken(r.seq(), Kind.DELETED, "entry " + r.seq() + " is entry " + (r.seq() + 1)
                        + " renumbered: the entry at " + r.seq() + " was deleted");
            }
            return broken(r.seq(), Kind.MODIFIED, "entry " + r.seq() + " was modified: its fields no longer give its hash");
        }
        if (!r.prevHash().equals(expectedPrev)) {
            if (before != null && r.prevHash().equals(before.prevHash())) {
                return broken(before.seq(), Kind.INSERTED, "entry " + r.seq() + " links past entry " + before.seq()
                        + ": entry " + before.seq() + " was inserted");
            }
            if (before == null) {
                return broken(r.seq(), Kind.MODIFIED, "entry " + r.seq() + " does not link to the start of the chain");
            }
            return broken(before.seq(), Kind.MODIFIED, "entry " + r.seq() + " no longer links to entry " + before.seq()
                    + ": entry " + before.seq() + " was modified and hashed again");
        }
        return Optional.empty();
    }

    private static Optional<Break> witnessed(AuditRecord r, List<WitnessRow> witnesses) {
        for (WitnessRow w : witnesses) {
            if (!w.hash().equals(r.hash())) {
                return broken(r.seq(), Kind.WITNESS_MISSING, "entry " + r.seq() + " has hash " + r.hash() + " but "
                        + w.witness() + " witnessed " + w.hash() + " there: the chain was rebuilt");
            }
        }
        return Optional.empty();
    }

    private static String renumbered(AuditRecord r, long seq) {
        return AuditHash.of(seq, r.prevHash(), r.occurredAt(), r.actor(), r.action(), r.subjectKind(), r.subjectId(),
                r.jurisdiction(), r.detail());
    }

    private static Optional<Break> broken(long seq, Kind kind, String message) {
        return Optional.of(new Break(seq, kind, message));
    }

    /** The figures of one verification as it goes. */
    private static final class Walk {

        private final long from;
        private final HeadRow head;
        private final int witnesses;
        private long checked;

        Walk(long from, HeadRow head, int witnesses) {
            this.from = from;
            this.head = head;
            this.witnesses = witnesses;
        }

        ChainCheck broken(long seq, Kind kind, String message) {
            return broken(new Break(seq, kind, message));
        }

        ChainCheck broken(Break b) {
            return new ChainCheck(from, checked, new ChainHead(head.seq(), head.hash(), head.updatedAt()), witnesses,
                    Optional.of(b));
        }

        ChainCheck intact() {
            return new ChainCheck(from, checked, new ChainHead(head.seq(), head.hash(), head.updatedAt()), witnesses,
                    Optional.empty());
        }
    }
}
