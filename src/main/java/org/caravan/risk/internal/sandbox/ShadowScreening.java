package org.caravan.risk.internal.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.caravan.filing.FiledConsignment;
import org.caravan.reference.CountryCode;
import org.caravan.risk.RiskResult;
import org.caravan.risk.internal.ScreeningObserver;
import org.caravan.risk.internal.store.SandboxTable;
import org.caravan.risk.internal.store.Screened;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Screens every parcel production screens with the candidates of the active shadow runs of
 * its jurisdiction. Nothing of it runs before production's transaction has committed: the
 * parcels of a transaction (a manifest chunk) are kept aside, screened after the commit and
 * written in one batch of their own, and a failure is logged, never passed on. So a candidate
 * can neither change nor delay nor undo a decision.
 */
@Component
class ShadowScreening implements ScreeningObserver {

    private static final Logger LOG = LoggerFactory.getLogger(ShadowScreening.class);

    private final SandboxTable table;
    private final Candidates candidates;
    private final TransactionTemplate ownTransaction;
    private volatile Map<CountryCode, List<Candidate>> active = Map.of();

    ShadowScreening(SandboxTable table, Candidates candidates, PlatformTransactionManager transactions) {
        this.table = table;
        this.candidates = candidates;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** One parcel production screened, waiting for its transaction to commit. */
    private record Seen(FiledConsignment consignment, Predicate<FiledConsignment.Item> permitted, RiskResult production,
            List<Candidate> runs) {
    }

    @Override
    public void screened(FiledConsignment consignment, CountryCode jurisdiction, Predicate<FiledConsignment.Item> permitted,
            RiskResult result) {
        List<Candidate> runs = active.get(jurisdiction);
        if (runs == null) {
            return;
        }
        Seen seen = new Seen(consignment, permitted, result, runs);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            record(List.of(seen));
            return;
        }
        @SuppressWarnings("unchecked")
        List<Seen> pending = (List<Seen>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            List<Seen> batch = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(this, batch);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

                @Override
                public void afterCommit() {
                    record(batch);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(ShadowScreening.this);
                }
            });
            pending = batch;
        }
        pending.add(seen);
    }

    private void record(List<Seen> batch) {
        try {
            Instant now = Instant.now();
            List<Screened> rows = new ArrayList<>();
            for (Seen seen : batch) {
                FiledConsignment c = seen.consignment();
                for (Candidate run : seen.runs()) {
                    rows.add(Screened.of(run.runId(), c.trackingNumber(), c.manifestId(), Screened.Side.PRODUCTION,
                            seen.production(), now));
                    rows.add(Screened.of(run.runId(), c.trackingNumber(), c.manifestId(), Screened.Side.CANDIDATE,
                            run.screen(c, seen.permitted()), now));
                }
            }
            ownTransaction.executeWithoutResult(status -> table.addAll(rows));
        } catch (RuntimeException e) {
            LOG.warn("Shadow screening of {} parcels not recorded: {}", batch.size(), e.toString());
        }
    }

    /** Loads the active runs at start. */
    @EventListener(ApplicationReadyEvent.class)
    void loadAtStartUp() {
        reload();
    }

    /** Follows the runs started or stopped by another process (the command line), each minute. */
    @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.MINUTES)
    void reloadQuietly() {
        try {
            reload();
        } catch (RuntimeException e) {
            LOG.warn("Sandbox runs not reloaded: {}", e.toString());
        }
    }

    synchronized void reload() {
        Map<UUID, Candidate> known = new HashMap<>();
        active.values().forEach(runs -> runs.forEach(run -> known.put(run.runId(), run)));
        Map<CountryCode, List<Candidate>> next = new HashMap<>();
        for (SandboxTable.StoredRun stored : table.activeShadows()) {
            Candidate run = known.get(stored.run().id());
            if (run == null) {
                try {
                    run = candidates.candidate(stored.run(), stored.candidateProfile());
                } catch (RuntimeException e) {
                    // a candidate the reference data no longer accepts stops screening, not the service
                    LOG.warn("Sandbox run {} not screened: {}", stored.run().id(), e.getMessage());
                    continue;
                }
            }
            next.computeIfAbsent(run.jurisdiction(), k -> new ArrayList<>()).add(run);
        }
        next.replaceAll((code, runs) -> List.copyOf(runs));
        active = Map.copyOf(next);
    }
}
