package org.caravan.clearance.internal.payments.web;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.caravan.clearance.internal.payments.PaymentRequests;
import org.caravan.clearance.internal.payments.model.Payment;
import org.caravan.clearance.internal.payments.model.Refund;
import org.caravan.clearance.internal.payments.model.RequestStatus;
import org.caravan.reference.Money;

/** The answers of payment requests and refunds. */
final class PaymentResponses {

    private PaymentResponses() {
    }

    /** A parcel's payment requests, one per case the caller may see. */
    record PaymentRequestList(String trackingNumber, List<PaymentRequestResponse> requests) {
    }

    /**
     * One case's request; {@code reference} and {@code amount} are absent when nothing was ever
     * due. {@code refusedPayments} were refused because the request was paid already: money
     * the payer is to claim back.
     */
    record PaymentRequestResponse(Optional<String> reference, String jurisdiction, RequestStatus status,
            Optional<Money> amount, String caseStatus, List<PaymentLine> payments, List<PaymentLine> refusedPayments,
            List<RefundLine> refunds) {

        static PaymentRequestResponse of(PaymentRequests.Request r) {
            return new PaymentRequestResponse(r.reference().map(Object::toString), r.clearanceCase().jurisdiction().value(),
                    r.status(), r.amount(), r.clearanceCase().status().name(),
                    r.payments().stream().map(PaymentLine::of).toList(), r.refused().stream().map(PaymentLine::of).toList(),
                    r.refunds().stream().map(RefundLine::of).toList());
        }
    }

    /** A payment as statements and requests show it. */
    record PaymentLine(String providerRef, Money amount, Instant paidAt, String paidBy, String payerRole,
            boolean collectedAtCheckout) {

        static PaymentLine of(Payment p) {
            return new PaymentLine(p.providerRef(), p.amount().rounded(), p.paidAt(), p.payer().id(), p.payer().role(),
                    p.collectedAtCheckout());
        }
    }

    /** A refund owed or paid back. */
    record RefundLine(String reference, Money amount, String owedTo, Refund.State state, Instant createdAt,
            Optional<Instant> refundedAt, Optional<String> bankRef) {

        static RefundLine of(Refund r) {
            return new RefundLine(r.reference(), r.amount().rounded(), r.owedTo().id(), r.state(), r.createdAt(),
                    r.refundedAt(), r.bankRef());
        }
    }

    /** An officer's record of a refund paid back. */
    record RefundPaidBody(String bankRef) {
    }
}
