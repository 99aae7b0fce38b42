package org.caravan.clearance.internal.payments.model;

import java.util.List;

/** Where a case's payment request stands, read from the case, its payments and its refunds. */
public enum RequestStatus {
    /** The case waits for payment. */
    DUE,
    /** Paid; the case was released. */
    PAID,
    /** Paid, then the goods went back: the payment is owed back to the payer. */
    REFUND_DUE,
    /** Paid and paid back. */
    REFUNDED,
    /** Nothing is due on the case. */
    NONE;

    public static RequestStatus of(boolean waitingForPayment, List<Payment> payments, List<Refund> refunds) {
        if (refunds.stream().anyMatch(r -> r.state() == Refund.State.DUE)) {
            return REFUND_DUE;
        }
        if (!refunds.isEmpty() && refunds.size() >= payments.size()) {
            return REFUNDED;
        }
        if (!payments.isEmpty()) {
            return PAID;
        }
        return waitingForPayment ? DUE : NONE;
    }
}
