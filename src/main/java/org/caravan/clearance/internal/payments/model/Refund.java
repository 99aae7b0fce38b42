package org.caravan.clearance.internal.payments.model;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.caravan.reference.CountryCode;
import org.caravan.reference.Money;

/**
 * Duties paid on goods that went back to the sender, owed to whoever paid them. DUE until an
 * officer records the bank transfer, then REFUNDED with the bank's reference.
 */
public record Refund(UUID id, String reference, UUID paymentId, UUID caseId, String trackingNumber,
        CountryCode jurisdiction, Money amount, Payment.Payer owedTo, State state, Instant createdAt,
        Optional<Instant> refundedAt, Optional<String> bankRef, Optional<String> refundedBy) {

    public enum State {
        DUE, REFUNDED
    }

    /** The refund owed on a payment of returned goods. */
    public static Refund owedOn(Payment payment, UUID id, Instant at) {
        return new Refund(id, Reference.refund(payment.jurisdiction(), payment.id()).value(), payment.id(),
                payment.caseId(), payment.trackingNumber(), payment.jurisdiction(), payment.amount(), payment.payer(),
                State.DUE, at, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public Refund refunded(String bankReference, String officer, Instant at) {
        return new Refund(id, reference, paymentId, caseId, trackingNumber, jurisdiction, amount, owedTo,
                State.REFUNDED, createdAt, Optional.of(at), Optional.of(bankReference), Optional.of(officer));
    }
}
