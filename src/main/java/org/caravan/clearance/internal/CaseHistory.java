package org.caravan.clearance.internal;

import java.util.List;

import org.caravan.clearance.ClearanceStatusChanged;
import org.caravan.clearance.internal.model.CaseChange;
import org.caravan.clearance.internal.store.CaseEventTable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Keeps what a case did after its decision: each change goes to the audit trail and out as
 * a {@link ClearanceStatusChanged} for the modules that follow cases, in the same transaction.
 */
@Component
class CaseHistory {

    private final CaseEventTable audit;
    private final ApplicationEventPublisher events;

    CaseHistory(CaseEventTable audit, ApplicationEventPublisher events) {
        this.audit = audit;
        this.events = events;
    }

    void keep(List<CaseChange> changes, ClearanceStatusChanged.Cause cause) {
        audit.appendAll(changes);
        changes.forEach(change -> events.publishEvent(new ClearanceStatusChanged(change.trackingNumber(),
                change.jurisdiction().value(), change.to(), cause, change.at())));
    }
}
