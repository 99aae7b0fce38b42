package org.caravan.clearance.internal.payments;

import java.util.List;
import java.util.Optional;

import org.caravan.clearance.ClearanceStatus;
import org.caravan.clearance.ConsigneePayments;
import org.caravan.clearance.internal.CaseDocuments;
import org.caravan.clearance.internal.model.ClearanceCase;
import org.caravan.clearance.internal.model.ClearanceCases;
import org.caravan.clearance.internal.payments.model.Payment;
import org.caravan.clearance.internal.payments.model.Reference;
import org.caravan.clearance.internal.payments.model.Refund;
import org.caravan.clearance.internal.payments.model.RequestStatus;
import org.caravan.clearance.internal.payments.store.PaymentTable;
import org.caravan.common.NotFound;
import org.caravan.party.Caller;
import org.caravan.reference.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A parcel's payment requests, one per case, read from the case rather than stored: a case
 * that waits for payment has one, under a reference made from the case's id. The filing
 * courier, the matched order's platform and customs of the case's jurisdiction see them;
 * anyone else is told the parcel does not exist.
 */
@Service
public class PaymentRequests implements ConsigneePayments {

    private final ClearanceCases cases;
    private final PaymentTable payments;
    private final ConfirmPayment confirm;

    PaymentRequests(ClearanceCases cases, PaymentTable payments, ConfirmPayment confirm) {
        this.cases = cases;
        this.payments = payments;
        this.confirm = confirm;
    }

    /**
     * One case's request: {@code reference} and {@code amount} are empty when nothing was ever
     * due; the amount is what the case asks, or what it asked when it was paid. {@code refused}
     * are confirmations refused because the request was paid already.
     */
    public record Request(ClearanceCase clearanceCase, Optional<Reference> reference, RequestStatus status,
            Optional<Money> amount, List<Payment> payments, List<Payment> refused, List<Refund> refunds) {
    }

    @Transactional(readOnly = true)
    public List<Request> of(Caller caller, String trackingNumber) {
        List<ClearanceCase> visible = cases.ofTrackingNumber(trackingNumber).stream()
                .filter(c -> caller.administers(c.jurisdiction()) || CaseDocuments.supplies(caller, c)).toList();
        if (visible.isEmpty()) {
            throw new NotFound("No consignment " + trackingNumber);
        }
        return visible.stream().map(this::request).toList();
    }

    private Request request(ClearanceCase c) {
        List<Payment> paid = payments.ofCase(c.id());
        List<Refund> refunds = payments.refundsOfCase(c.id());
        List<Payment> refused = payments.refusedOfCase(c.id());
        boolean waiting = c.status() == ClearanceStatus.PAYMENT_REQUIRED && c.amountDue().isPresent();
        RequestStatus status = RequestStatus.of(waiting, paid, refunds);
        if (status == RequestStatus.NONE) {
            return new Request(c, Optional.empty(), status, Optional.empty(), paid, refused, refunds);
        }
        Optional<Money> amount = paid.isEmpty() ? c.amountDue().map(Money::rounded)
                : Optional.of(paid.get(0).due().orElse(paid.get(0).amount()).rounded());
        return new Request(c, Optional.of(Reference.payment(c.jurisdiction(), c.id())), status, amount, paid, refused,
                refunds);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Due> due(String trackingNumber) {
        return cases.ofTrackingNumber(trackingNumber).stream()
                .filter(c -> c.status() == ClearanceStatus.PAYMENT_REQUIRED && c.amountDue().isPresent())
                .map(c -> new Due(c.jurisdiction().value(), Reference.payment(c.jurisdiction(), c.id()).value()))
                .toList();
    }

    @Override
    public PaymentConfirmed pay(String trackingNumber, PaymentBody body) {
        return confirm.confirmAsConsignee(trackingNumber, body).answer();
    }
}
