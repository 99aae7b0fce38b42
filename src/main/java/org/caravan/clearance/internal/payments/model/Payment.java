package org.caravan.clearance.internal.payments.model;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.caravan.reference.CountryCode;
import org.caravan.reference.Money;

/**
 * A confirmed payment of a case's payment request: what the payment provider's transaction
 * {@code providerRef} paid, when, and who confirmed it; {@code due} is what the case asked then. {@code collectedAtCheckout} says the
 * platform took the duties from the buyer with the order (delivered duty paid).
 */
public record Payment(UUID id, UUID caseId, String trackingNumber, CountryCode jurisdiction, String reference,
        Money amount, Optional<Money> due, Instant paidAt, String providerRef, boolean collectedAtCheckout, Payer payer, Instant recordedAt) {

    /** Who paid: a platform or courier by its client id, or the consignee, who has none. */
    public record Payer(String id, String role) {

        public static final String CONSIGNEE = "CONSIGNEE";

        public static Payer consignee() {
            return new Payer(CONSIGNEE, CONSIGNEE);
        }
    }
}
