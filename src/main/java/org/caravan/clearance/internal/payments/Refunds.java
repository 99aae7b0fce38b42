package org.caravan.clearance.internal.payments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.caravan.clearance.internal.model.ClearanceCase;
import org.caravan.clearance.internal.model.ClearanceCases;
import org.caravan.clearance.internal.payments.model.Payment;
import org.caravan.clearance.internal.payments.model.Reference;
import org.caravan.clearance.internal.payments.model.Refund;
import org.caravan.clearance.internal.payments.store.PaymentTable;
import org.caravan.clearance.internal.store.CaseEventTable;
import org.caravan.common.Conflict;
import org.caravan.common.Ids;
import org.caravan.common.NotFound;
import org.caravan.common.ProblemTypes;
import org.caravan.party.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Duties paid on goods that went back to the sender are owed back to whoever paid them: a
 * refund per payment, recorded when the courier reports the return, and marked refunded
 * when an officer of the jurisdiction records the bank transfer.
 */
@Service
public class Refunds {

    private final PaymentTable payments;
    private final ClearanceCases cases;
    private final CaseEventTable audit;

    Refunds(PaymentTable payments, ClearanceCases cases, CaseEventTable audit) {
        this.payments = payments;
        this.cases = cases;
        this.audit = audit;
    }

    /** The refunds a returned case now owes, one per payment not refunded yet; runs in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Refund> owedOnReturn(ClearanceCase returned, Instant at) {
        Set<UUID> refunded = payments.refundsOfCase(returned.id()).stream().map(Refund::paymentId)
                .collect(Collectors.toSet());
        List<Refund> owed = new ArrayList<>();
        for (Payment p : payments.ofCase(returned.id())) {
            if (!refunded.contains(p.id())) {
                Refund refund = Refund.owedOn(p, Ids.next(), at);
                payments.insert(refund);
                owed.add(refund);
            }
        }
        return owed;
    }

    /** Refuses, as not found, a refund outside the officer's administration, before the request's body is judged. */
    @Transactional
    public void requireVisible(Caller officer, String typed) {
        readable(typed).flatMap(payments::lockRefund).filter(r -> officer.administers(r.jurisdiction()))
                .orElseThrow(() -> new NotFound("No refund " + typed.trim() + " in your administration"));
    }

    /**
     * The officer records that the refund was paid, with the bank's reference. Recorded twice
     * with the same bank reference, the second answers the first; with another, it is refused.
     */
    @Transactional
    public Refund paid(Caller officer, String typed, String bankRef) {
        String reference = readable(typed).orElseThrow(() -> new NotFound("No refund " + typed + " in your administration"));
        Refund refund = payments.lockRefund(reference).filter(r -> officer.administers(r.jurisdiction()))
                .orElseThrow(() -> new NotFound("No refund " + reference + " in your administration"));
        if (refund.state() == Refund.State.REFUNDED) {
            if (refund.bankRef().filter(bankRef::equals).isPresent()) {
                return refund;
            }
            throw new Conflict(ProblemTypes.REFUND_ALREADY_PAID, "Refund " + reference + " was paid already (bank reference "
                    + refund.bankRef().orElse("") + ")");
        }
        Instant now = Instant.now();
        ClearanceCase c = cases.lock(refund.caseId()).orElseThrow();
        Refund done = refund.refunded(bankRef, officer.clientId(), now);
        payments.refunded(done);
        audit.appendAll(List.of(c.recordRefundPaid(now, officer.clientId(), "refund " + reference + " of "
                + refund.amount() + " paid to " + refund.owedTo().id() + ", bank reference " + bankRef)));
        return done;
    }

    /** The refund reference as stored, however it was typed; empty when it is none (mistyped, or another kind). */
    private static Optional<String> readable(String typed) {
        try {
            Reference r = Reference.parse(typed);
            return r.kind() == Reference.Kind.RFD ? Optional.of(r.value()) : Optional.empty();
        } catch (Reference.Unreadable e) {
            return Optional.empty();
        }
    }
}
