package org.caravan.clearance;

import java.time.Instant;
import java.util.List;

import org.caravan.reference.Money;

/**
 * Paying the duties and taxes of a parcel: what the consumer's tracking page shows as the
 * payment reference, and the payment the consignee makes there. The consignee has no
 * account: the tracking page calls {@link #pay} only once the caller has proven a fact of
 * the filing, and answers anyone else as it answers an unknown parcel. Platforms and
 * couriers confirm the same body at {@code POST /api/v1/payments}.
 */
public interface ConsigneePayments {

    /** A payment as a payer sends it; every field is checked, and a refusal names the field. */
    record PaymentBody(String reference, PaymentAmount amount, String paidAt, String providerRef,
            Boolean collectedAtCheckout) {
    }

    /** An amount as sent: a decimal string and an ISO 4217 currency. */
    record PaymentAmount(String amount, String currency) {
    }

    /**
     * The payment recorded for a request, and where its case stands now. {@code replayed} is
     * true when the same provider transaction was confirmed before and this is that payment.
     */
    record PaymentConfirmed(String reference, String trackingNumber, String jurisdiction, Money amount, Instant paidAt,
            String providerRef, boolean collectedAtCheckout, String paidBy, String caseStatus, boolean replayed) {
    }

    /** The payment reference of each of the parcel's cases that waits for payment. */
    record Due(String jurisdiction, String reference) {
    }

    List<Due> due(String trackingNumber);

    /** Records the consignee's payment of one of this parcel's requests; a request of another parcel is not found. */
    PaymentConfirmed pay(String trackingNumber, PaymentBody body);
}
