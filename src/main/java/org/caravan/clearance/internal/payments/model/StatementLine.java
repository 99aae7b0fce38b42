package org.caravan.clearance.internal.payments.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.caravan.reference.CountryCode;
import org.caravan.reference.Money;

/**
 * One case on a monthly statement: what was assessed as due (the amount the case asks while
 * it waits for payment, or what it asked when it was paid), its payments, the confirmations
 * refused because it was paid already, and its refunds.
 */
public record StatementLine(UUID caseId, String trackingNumber, CountryCode jurisdiction, Instant assessedAt,
        Optional<Money> assessedDue, List<Payment> payments, List<Payment> refused, List<Refund> refunds) {

    public StatementLine {
        payments = List.copyOf(payments);
        refused = List.copyOf(refused);
        refunds = List.copyOf(refunds);
    }

    /** What does not add up on this line, each as a code and a sentence. */
    public List<Discrepancy> discrepancies() {
        List<Discrepancy> found = new ArrayList<>();
        List<Payment> all = new ArrayList<>(payments);
        all.addAll(refused);
        if (all.size() > 1) {
            found.add(new Discrepancy(trackingNumber, Discrepancy.PAID_TWICE, "paid " + all.size() + " times: "
                    + all.stream().map(p -> p.providerRef() + " by " + p.payer().id()
                            + (refused.contains(p) ? " (refused: paid already)" : "")).toList()));
        }
        if (all.stream().anyMatch(Payment::collectedAtCheckout)
                && all.stream().anyMatch(p -> p.payer().role().equals(Payment.Payer.CONSIGNEE))) {
            found.add(new Discrepancy(trackingNumber, Discrepancy.COLLECTED_AT_CHECKOUT_AND_PAID_BY_CONSIGNEE,
                    "the platform collected the duties at checkout and the consignee paid them too"));
        }
        for (Payment p : payments) {
            if (p.due().isEmpty()) {
                found.add(new Discrepancy(trackingNumber, Discrepancy.PAID_BUT_NEVER_DUE, "payment " + p.providerRef()
                        + " of " + p.amount() + " on a case that asked for nothing"));
            } else if (!p.due().get().currency().equals(p.amount().currency())
                    || p.due().get().amount().compareTo(p.amount().amount()) != 0) {
                found.add(new Discrepancy(trackingNumber, Discrepancy.PAID_OTHER_THAN_DUE, "payment " + p.providerRef()
                        + " of " + p.amount() + " where " + p.due().get() + " was due"));
            }
        }
        return found;
    }

    /** Something a statement's reader should look into. */
    public record Discrepancy(String trackingNumber, String code, String detail) {
        public static final String PAID_TWICE = "paid-twice";
        public static final String COLLECTED_AT_CHECKOUT_AND_PAID_BY_CONSIGNEE = "collected-at-checkout-and-paid-by-consignee";
        public static final String PAID_BUT_NEVER_DUE = "paid-but-never-due";
        public static final String PAID_OTHER_THAN_DUE = "paid-other-than-due";
    }
}
