package org.caravan.clearance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The pre-arrival decisions of one manifest's consignments, published once per batch
 * in the transaction that records them.
 */
public record ConsignmentsDecided(UUID manifestId, List<Decision> decisions) {

    /**
     * One consignment's decision. {@code amountDue} (rounded to the currency's minor unit) and
     * {@code amountCurrency} (ISO 4217) are the duties and taxes assessed, both null when nothing
     * is due; plain types rather than {@code Money} so the event stored in the publication
     * registry reads back with no module's serialiser.
     */
    public record Decision(String trackingNumber, String jurisdiction, ClearanceStatus status, Instant filedAt,
            Instant decidedAt, BigDecimal amountDue, String amountCurrency) {
    }
}
