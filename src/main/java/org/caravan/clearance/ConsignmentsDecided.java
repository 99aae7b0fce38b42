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
     * registry reads back with no module's serialiser. {@code laneKey} is the trade lane
     * (departure country "-" jurisdiction, e.g. CN-KZ), {@code hsSection} the HS section (I to
     * XXI) of the most valuable item, {@code selection} why risk selected the case for control
     * (a {@code risk.Selection} name): what monitoring counts the decision under.
     */
    public record Decision(String trackingNumber, String jurisdiction, ClearanceStatus status, Instant filedAt,
            Instant decidedAt, BigDecimal amountDue, String amountCurrency, String laneKey, String hsSection,
            String selection) {

        /** A decision without monitoring's keys, as events stored before they were carried read back. */
        public Decision(String trackingNumber, String jurisdiction, ClearanceStatus status, Instant filedAt,
                Instant decidedAt, BigDecimal amountDue, String amountCurrency) {
            this(trackingNumber, jurisdiction, status, filedAt, decidedAt, amountDue, amountCurrency, null, null, null);
        }
    }
}
