package org.caravan.monitoring.internal;

import static org.caravan.clearance.ClearanceStatus.PAYMENT_REQUIRED;
import static org.caravan.clearance.ClearanceStatus.RELEASED;
import static org.caravan.clearance.ClearanceStatus.RELEASED_PRE_ARRIVAL;
import static org.caravan.clearance.ClearanceStatus.SELECTED_FOR_INSPECTION;

import org.caravan.clearance.ClearanceStatusChanged;
import org.caravan.clearance.ClearanceStatusChanged.Cause;
import org.caravan.clearance.ConsignmentsDecided;
import org.caravan.monitoring.internal.store.RollupTable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Counts clearance's events into rollups in the transaction of the change that publishes them
 * (a plain listener, as tracking's timeline): a count exists exactly when its change was
 * committed, so nothing is counted twice or lost, and no deduplication is needed. A chunk of
 * decisions costs one batch insert of a few rows.
 */
@Component
class RollupRecorder {

    private final RollupTable table;

    RollupRecorder(RollupTable table) {
        this.table = table;
    }

    @EventListener
    void on(ConsignmentsDecided decided) {
        Rollup rollup = new Rollup();
        for (ConsignmentsDecided.Decision d : decided.decisions()) {
            Rollup.Keys k = Rollup.Keys.of(d.decidedAt(), d.jurisdiction(), d.laneKey(), d.hsSection());
            rollup.count(k, Measure.DECIDED);
            if (d.status() == RELEASED_PRE_ARRIVAL) {
                rollup.count(k, Measure.RELEASED);
                rollup.count(k, Measure.RELEASED_BEFORE_ARRIVAL);
                rollup.duration(k, Measure.FILING_TO_RELEASE, d.filedAt(), d.decidedAt());
            }
            if (d.status() == SELECTED_FOR_INSPECTION) {
                rollup.count(k, Measure.INSPECTION_SELECTED + selection(d.selection()));
            }
            if (d.status() == PAYMENT_REQUIRED && d.amountDue() != null) {
                rollup.money(k, Measure.DUTIES_ASSESSED, d.amountDue(), d.amountCurrency());
            }
        }
        table.append(rollup.lines());
    }

    @EventListener
    void on(ClearanceStatusChanged changed) {
        Rollup rollup = new Rollup();
        Rollup.Keys k = Rollup.Keys.of(changed.occurredAt(), changed.jurisdiction(), changed.laneKey(),
                changed.hsSection());
        boolean result = changed.cause() == Cause.INSPECTION_RESULT || changed.cause() == Cause.DOCUMENTARY_CHECK_RESULT;
        if (changed.cause() == Cause.ARRIVED) {
            if (changed.status() == RELEASED) {
                // released before it arrived: the goods wait nothing at the border
                rollup.duration(k, Measure.ARRIVAL_TO_RELEASE, changed.occurredAt(), changed.occurredAt());
            }
        } else if (changed.status() == RELEASED || changed.status() == RELEASED_PRE_ARRIVAL) {
            rollup.count(k, Measure.RELEASED);
            if (changed.filedAt() != null) {
                rollup.duration(k, Measure.FILING_TO_RELEASE, changed.filedAt(), changed.occurredAt());
            }
            if (changed.status() == RELEASED_PRE_ARRIVAL) {
                rollup.count(k, Measure.RELEASED_BEFORE_ARRIVAL);
            } else if (changed.arrivedAt() != null) {
                rollup.duration(k, Measure.ARRIVAL_TO_RELEASE, changed.arrivedAt(), changed.occurredAt());
            }
        }
        if (changed.cause() == Cause.INSPECTION_RESULT) {
            String selection = selection(changed.selection());
            rollup.count(k, Measure.INSPECTION_COMPLETED + selection);
            if (changed.irregularityFound()) {
                rollup.count(k, Measure.INSPECTION_HIT + selection);
            }
        }
        if (result && changed.status() == PAYMENT_REQUIRED && changed.amountDue() != null) {
            rollup.money(k, Measure.DUTIES_ASSESSED, changed.amountDue(), changed.amountCurrency());
        }
        if (changed.cause() == Cause.PAYMENT_CONFIRMED && changed.amountPaid() != null) {
            rollup.money(k, Measure.DUTIES_COLLECTED, changed.amountPaid(), changed.paidCurrency());
        }
        if (!rollup.isEmpty()) {
            table.append(rollup.lines());
        }
    }

    private static String selection(String selection) {
        return selection == null ? "NONE" : selection;
    }
}
