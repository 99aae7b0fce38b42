package org.caravan.clearance.internal;

import java.util.List;
import java.util.Optional;

import org.caravan.clearance.ClearanceStatusChanged;
import org.caravan.clearance.internal.model.CaseChange;
import org.caravan.clearance.internal.model.ClearanceCase;
import org.caravan.clearance.internal.store.CaseEventTable;
import org.caravan.reference.Money;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Keeps what a case did after its decision: each change goes to the audit trail and out as
 * a {@link ClearanceStatusChanged} for the modules that follow cases, in the same transaction.
 */
@Component
public class CaseHistory {

    private final CaseEventTable audit;
    private final ApplicationEventPublisher events;

    CaseHistory(CaseEventTable audit, ApplicationEventPublisher events) {
        this.audit = audit;
        this.events = events;
    }

    /** The changes just made to {@code changed}, which now shows what is due after them. */
    public void keep(ClearanceCase changed, List<CaseChange> changes, ClearanceStatusChanged.Cause cause) {
        keep(changed, changes, cause, false, Optional.empty());
    }

    /**
     * As {@link #keep(ClearanceCase, List, ClearanceStatusChanged.Cause)}, saying whether an officer's
     * result found an irregularity and what a confirmed payment paid, for monitoring.
     */
    public void keep(ClearanceCase changed, List<CaseChange> changes, ClearanceStatusChanged.Cause cause,
            boolean irregularityFound, Optional<Money> paid) {
        audit.appendAll(changes);
        Optional<Money> due = changed.amountDue().map(Money::rounded);
        Optional<Money> paidRounded = paid.map(Money::rounded);
        changes.forEach(change -> events.publishEvent(new ClearanceStatusChanged(change.trackingNumber(),
                change.jurisdiction().value(), change.to(), cause, change.at(), due.map(Money::amount).orElse(null),
                due.map(m -> m.currency().getCurrencyCode()).orElse(null), changed.filing().laneKey(),
                changed.filing().hsSection(), changed.selection().name(), changed.filing().filedAt(),
                changed.arrivedAt().orElse(null), irregularityFound, paidRounded.map(Money::amount).orElse(null),
                paidRounded.map(m -> m.currency().getCurrencyCode()).orElse(null))));
    }
}
