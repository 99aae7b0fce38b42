package org.caravan.common.audit;

import java.util.Optional;

/**
 * What a walk of the chain found: how many entries it checked from which {@code seq}, the
 * head it compared them with, and the first break if there is one.
 */
public record ChainCheck(long from, long checked, ChainHead head, int witnesses, Optional<Break> firstBreak) {

    public boolean intact() {
        return firstBreak.isEmpty();
    }

    /** How the chain was broken at {@code seq}. */
    public enum Kind {
        /** The entry's fields no longer give its hash, or it was rehashed and the next entry no longer links to it. */
        MODIFIED,
        /** An entry that was never appended: past the head, or linked in between entries. */
        INSERTED,
        /** An entry is missing: a gap in seq, or the chain ends before its head. */
        DELETED,
        /** The chain head row does not describe the last entry. */
        HEAD_MISMATCH,
        /** A head another administration countersigned is no longer in the chain. */
        WITNESS_MISSING
    }

    public record Break(long seq, Kind kind, String message) {
    }
}
