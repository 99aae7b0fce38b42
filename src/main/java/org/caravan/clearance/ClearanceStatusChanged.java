package org.caravan.clearance;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A case moved on after its first decision: arrival, an officer's result, or payment. {@code amountDue}
 * and {@code amountCurrency} are the duties and taxes the case now shows as due (rounded to the
 * currency's minor unit, as in {@link ConsignmentsDecided.Decision}), both null when nothing is.
 */
public record ClearanceStatusChanged(String trackingNumber, String jurisdiction, ClearanceStatus status, Cause cause,
        Instant occurredAt, BigDecimal amountDue, String amountCurrency) {

    public ClearanceStatusChanged(String trackingNumber, String jurisdiction, ClearanceStatus status, Cause cause,
            Instant occurredAt) {
        this(trackingNumber, jurisdiction, status, cause, occurredAt, null, null);
    }

    public enum Cause {
        /** The courier reported the goods at the border office. */
        ARRIVED,
        /** An officer recorded the result of a physical inspection. */
        INSPECTION_RESULT,
        /** An officer recorded the result of a documentary check. */
        DOCUMENTARY_CHECK_RESULT,
        /** The duties and taxes due were paid. */
        PAYMENT_CONFIRMED
    }
}
