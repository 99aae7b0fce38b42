package org.caravan.monitoring.internal;

import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.caravan.monitoring.RollupCompaction;
import org.caravan.monitoring.internal.store.DayCompactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Compacts the rollups day by day. Counts go under the UTC date of their event, and an event
 * is dated when its change is made, in the transaction that writes its rollup: the only days
 * still written to are today and, for a change begun before midnight and committed after,
 * yesterday. Days strictly before yesterday are closed, so they are compacted, each in ONE
 * transaction (delete and insert): a report, one statement, sees the day before or after,
 * never half of it. The day's row in {@code monitoring_compaction}, locked for update, keeps
 * two instances from summing the same day twice.
 */
@Service
class RollupCompactor implements RollupCompaction {

    private static final Logger log = LoggerFactory.getLogger(RollupCompactor.class);

    private final DayCompactions days;
    private final TransactionTemplate transaction;
    private final boolean enabled;

    RollupCompactor(DayCompactions days, PlatformTransactionManager transactions,
            @Value("${caravan.monitoring.compaction.enabled:true}") boolean enabled) {
        this.days = days;
        this.transaction = new TransactionTemplate(transactions);
        this.enabled = enabled;
    }

    @Scheduled(fixedDelayString = "${caravan.monitoring.compaction.interval:PT10M}",
            initialDelayString = "${caravan.monitoring.compaction.interval:PT10M}")
    void scheduled() {
        if (!enabled) {
            return;
        }
        Compacted c = compact();
        if (c.days() > 0) {
            log.info("Compacted the rollups of {} days: {} rows into {}", c.days(), c.rowsBefore(), c.rowsAfter());
        }
    }

    @Override
    public Compacted compact() {
        LocalDate lastClosed = LocalDate.now(ZoneOffset.UTC).minusDays(2);
        List<String> jurisdictions = days.jurisdictions();
        Optional<LocalDate> first = days.firstDay(jurisdictions);
        if (first.isEmpty() || first.get().isAfter(lastClosed)) {
            return new Compacted(0, 0, 0);
        }
        Set<LocalDate> done = days.compactedSince(first.get());
        int compacted = 0;
        long before = 0;
        long after = 0;
        for (LocalDate day = first.get(); !day.isAfter(lastClosed); day = day.plusDays(1)) {
            if (done.contains(day)) {
                continue;
            }
            LocalDate d = day;
            days.claim(d);
            long[] counts = transaction.execute(status -> compact(d, jurisdictions));
            if (counts != null) {
                compacted++;
                before += counts[0];
                after += counts[1];
            }
        }
        return new Compacted(compacted, before, after);
    }

    /** The day's rows before and after, or null if another instance compacted it first. */
    private long[] compact(LocalDate day, List<String> jurisdictions) {
        if (!days.lockIfNotCompacted(day)) {
            return null;
        }
        long before = 0;
        long after = 0;
        for (String jurisdiction : jurisdictions) {
            long rows = days.rows(day, jurisdiction);
            if (rows == 0) {
                continue;
            }
            List<RollupLine> sums = days.summed(day, jurisdiction);
            before += rows;
            after += sums.size();
            if (sums.size() < rows) {
                days.replace(day, jurisdiction, sums);
            }
        }
        days.done(day, before, after);
        return new long[] {before, after};
    }
}
