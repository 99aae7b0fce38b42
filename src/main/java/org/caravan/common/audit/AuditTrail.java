package org.caravan.common.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.caravan.common.audit.internal.ChainAppender;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends to the tamper-evident audit trail (docs/audit.md). An entry recorded inside a
 * transaction joins it: the transaction's entries are kept in memory and linked to the chain
 * as one batch just before it commits (one head lock, one insert batch, one head update), and
 * vanish with it on a rollback. Outside a transaction an entry is appended in its own.
 */
@Component
public class AuditTrail {

    private final ChainAppender appender;
    private final TransactionTemplate ownTransaction;

    AuditTrail(ChainAppender appender, PlatformTransactionManager transactions) {
        this.appender = appender;
        this.ownTransaction = new TransactionTemplate(transactions);
    }

    /**
     * One line per action: {@code detail} is key, value, key, value... (values are text,
     * numbers, booleans, lists or maps), kept in that order.
     */
    public void record(String actor, String action, String subjectKind, Object subjectId, String jurisdiction,
            Object... detail) {
        if (detail.length % 2 != 0) {
            throw new IllegalArgumentException("detail must be key, value pairs");
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        for (int i = 0; i < detail.length; i += 2) {
            facts.put(String.valueOf(detail[i]), detail[i + 1]);
        }
        record(new AuditEntry(actor, action, subjectKind, String.valueOf(subjectId), jurisdiction, facts));
    }

    public void record(AuditEntry entry) {
        // microseconds: the precision both stores keep, so the hash is taken over the time as stored
        ChainAppender.Unlinked unlinked = ChainAppender.unlinked(Instant.now().truncatedTo(ChronoUnit.MICROS),
                entry.actor(), entry.action(), entry.subjectKind(), entry.subjectId(), entry.jurisdiction(),
                entry.detail());
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            ownTransaction.executeWithoutResult(s -> appender.append(List.of(unlinked)));
            return;
        }
        pending().add(unlinked);
    }

    /**
     * This transaction's batch. Looked up among its synchronizations rather than bound as a
     * resource: an inner REQUIRES_NEW transaction suspends them, so it gets its own batch. (A
     * first entry recorded from another synchronization's beforeCommit would register too late
     * to be linked; no component records from there.)
     */
    private Pending pending() {
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof Pending p && p.owner == this) {
                return p;
            }
        }
        Pending p = new Pending(this);
        TransactionSynchronizationManager.registerSynchronization(p);
        return p;
    }

    /** The entries of one transaction, linked to the chain just before it commits. */
    private static final class Pending implements TransactionSynchronization {

        private final AuditTrail owner;
        private final List<ChainAppender.Unlinked> entries = new ArrayList<>();
        private boolean linked;

        Pending(AuditTrail owner) {
            this.owner = owner;
        }

        void add(ChainAppender.Unlinked entry) {
            if (linked) {
                // recorded by another synchronization after this batch was linked: the head is
                // already locked by this transaction, so the entry is linked at once
                owner.appender.append(List.of(entry));
            } else {
                entries.add(entry);
            }
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            linked = true;
            owner.appender.append(entries);
            entries.clear();
        }

        /** Last: the head row stays locked from here to the commit, so nothing else should run in between. */
        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
