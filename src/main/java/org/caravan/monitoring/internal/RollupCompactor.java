package org.caravan.monitoring.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TreeSet;

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
 * is dated when its change is made, in the transaction that appends its rollup: the only days
 * still appended to are today and, for a change begun before midnight and committed after,
 * yesterday. Days strictly before yesterday are closed, so their appended rows are moved into
 * one row per key, each day in ONE transaction (delete and insert): a report, one statement,
 * sees the day's rows before or after, never half of them. The day's row in
 * {@code monitoring_compaction}, locked for update, keeps two instances from moving the same
 * rows twice. A row appended late to a closed day (a clock far off) is still counted by every
 * report, and moved by the next run.
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
        TreeSet<LocalDate> open = new TreeSet<>();
        jurisdictions.forEach(j -> open.addAll(days.daysWithRows(j, lastClosed)));
        int compacted = 0;
        long before = 0;
        long after = 0;
        for (LocalDate day : open) {
            days.claim(day);
            long[] counts = transaction.execute(status -> compact(day, jurisdictions));
            if (counts[0] > 0) {
                compacted++;
                before += counts[0];
                after += counts[1];
            }
        }
        return new Compacted(compacted, before, after);
    }

    /** The day's rows moved and the rows they became; none if another instance moved them first. */
    private long[] compact(LocalDate day, List<String> jurisdictions) {
        days.lock(day);
        long before = 0;
        long after = 0;
        for (String jurisdiction : jurisdictions) {
            long rows = days.rows(day, jurisdiction);
            if (rows == 0) {
                continue;
            }
            List<RollupLine> sums = days.summed(day, jurisdiction);
            days.move(day, jurisdiction, sums);
            before += rows;
            after += sums.size();
        }
        if (before > 0) {
            days.done(day, before, after);
        }
        return new long[] {before, after};
    }
}
