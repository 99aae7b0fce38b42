package org.caravan.tracking;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.caravan.reference.Money;

/**
 * The consumer's view of a parcel, its texts in {@code language}: where it stands, what
 * happens next, what to do about it, and how it got there (the timeline, oldest first).
 * {@code amountsDue}, {@code goods} and {@code documentsRequested} are filled only when
 * {@code proven}: the enquirer proved a second fact of the filing. No name, address, phone
 * or value ever appears.
 */
public record ParcelView(String trackingNumber, String status, String code, String explanation, Optional<String> next,
        Optional<String> action, Locale language, boolean proven, List<AmountDue> amountsDue, List<String> goods,
        List<DocumentRequested> documentsRequested, List<Event> timeline) {

    /** One entry of the timeline; {@code code} is its IFTSTA status code (STS 4405). */
    public record Event(Instant at, String status, String code, String explanation, Optional<String> jurisdiction) {
    }

    /** What one jurisdiction asks, line by line, with the payment reference to pay it with when there is one. */
    public record AmountDue(String jurisdiction, Money amount, List<DueLine> lines, Optional<String> reference) {
    }

    /** One line of the amount due, explained in the consumer's language. */
    public record DueLine(String type, Money amount, String explanation, String legalBasis) {
    }

    /** A document customs ask the consignee to send. */
    public record DocumentRequested(UUID requestId, String jurisdiction, String kind, String reason, Instant requestedAt) {
    }
}
