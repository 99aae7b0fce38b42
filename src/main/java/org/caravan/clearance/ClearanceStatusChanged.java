package org.caravan.clearance;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A case moved on after its first decision: arrival, an officer's result, or payment. {@code amountDue}
 * and {@code amountCurrency} are the duties and taxes the case now shows as due (rounded to the
 * currency's minor unit, as in {@link ConsignmentsDecided.Decision}), both null when nothing is.
 *
 * <p>The rest says what monitoring counts the change under, so it never reads clearance's tables:
 * the case's trade lane, HS section and selection (as in {@link ConsignmentsDecided.Decision}),
 * when it was filed and when its goods arrived (null before arrival); {@code irregularityFound}
 * whether an officer's result found an irregularity or prohibited goods (false for other causes);
 * {@code amountPaid} and {@code paidCurrency} what a confirmed payment paid (null for other causes).
 */
public record ClearanceStatusChanged(String trackingNumber, String jurisdiction, ClearanceStatus status, Cause cause,
        Instant occurredAt, BigDecimal amountDue, String amountCurrency, String laneKey, String hsSection,
        String selection, Instant filedAt, Instant arrivedAt, Boolean irregularityFound, BigDecimal amountPaid,
        String paidCurrency) {

    /** An event stored before {@code irregularityFound} was carried reads back as no irregularity found. */
    public ClearanceStatusChanged {
        irregularityFound = Boolean.TRUE.equals(irregularityFound);
    }

    public ClearanceStatusChanged(String trackingNumber, String jurisdiction, ClearanceStatus status, Cause cause,
            Instant occurredAt, BigDecimal amountDue, String amountCurrency) {
        this(trackingNumber, jurisdiction, status, cause, occurredAt, amountDue, amountCurrency, null, null, null, null,
                null, false, null, null);
    }

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
