package org.caravan.clearance.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.caravan.clearance.ParcelReturns;
import org.caravan.clearance.internal.model.AllowanceUse;
import org.caravan.clearance.internal.model.Assessment;
import org.caravan.clearance.internal.model.CaseAction;
import org.caravan.clearance.internal.model.CaseChange;
import org.caravan.clearance.internal.model.ClearanceCase;
import org.caravan.clearance.internal.model.ClearanceCases;
import org.caravan.clearance.internal.payments.Refunds;
import org.caravan.clearance.internal.payments.model.Refund;
import org.caravan.clearance.internal.store.AllowanceTable;
import org.caravan.clearance.internal.store.CaseEventTable;
import org.caravan.filing.FiledConsignments;
import org.caravan.filing.Recipients;
import org.caravan.reference.Allowance;
import org.caravan.reference.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Goods returned to the sender were not imported: each released case gives the recipient
 * back the part of the monthly allowance the parcel used, and records in its audit trail
 * that the duties paid on it, if any, are due back: a refund owed to whoever paid, which
 * an officer marks refunded once the administration has transferred it.
 */
@Service
class ReturnParcel implements ParcelReturns {

    private final ClearanceCases cases;
    private final AllowanceTable allowances;
    private final CaseEventTable audit;
    private final FiledConsignments filings;
    private final Refunds refunds;

    ReturnParcel(ClearanceCases cases, AllowanceTable allowances, CaseEventTable audit, FiledConsignments filings,
            Refunds refunds) {
        this.cases = cases;
        this.allowances = allowances;
        this.audit = audit;
        this.filings = filings;
        this.refunds = refunds;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void returned(String trackingNumber, Instant at, String actor) {
        Optional<String> recipient = filings.byTrackingNumber(trackingNumber).flatMap(Recipients::key);
        List<CaseChange> changes = new ArrayList<>();
        for (ClearanceCase found : cases.ofTrackingNumber(trackingNumber)) {
            ClearanceCase c = cases.lock(found.id()).orElseThrow();
            List<String> detail = new ArrayList<>();
            detail.add("returned to the sender");
            restore(c, recipient).ifPresent(restored -> detail.add("allowance of " + restored + " restored"));
            for (Refund owed : refunds.owedOnReturn(c, at)) {
                detail.add("refund " + owed.reference() + " of " + owed.amount() + " owed to " + owed.owedTo().id());
            }
            changes.add(new CaseChange(c.id(), c.trackingNumber(), c.jurisdiction(), Optional.of(c.status()), c.status(),
                    CaseAction.RETURNED, actor, String.join("; ", detail), at));
        }
        audit.appendAll(changes);
    }

    /** What the parcel took from a per-recipient monthly allowance, given back; empty when it took nothing. */
    private Optional<Money> restore(ClearanceCase c, Optional<String> recipient) {
        Assessment a = c.assessment();
        Optional<AllowanceUse> use = a.allowance().filter(u -> u.basis() == Allowance.Basis.PER_RECIPIENT_CALENDAR_MONTH);
        if (use.isEmpty() || recipient.isEmpty() || a.regime().isEmpty() || a.assessedOn().isEmpty()) {
            return Optional.empty();
        }
        Money used = use.get().usedAfter().minus(use.get().usedBefore());
        if (!used.isPositive()) {
            return Optional.empty();
        }
        allowances.restore(c.jurisdiction(), a.regime().get().id(), YearMonth.from(a.assessedOn().get()).toString(),
                recipient.get(), used);
        return Optional.of(used);
    }
}
