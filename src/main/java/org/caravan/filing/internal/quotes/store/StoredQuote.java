package org.caravan.filing.internal.quotes.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.caravan.reference.Channel;
import org.caravan.reference.CountryCode;
import org.caravan.reference.Money;

/**
 * A quote as kept: who asked, the request's essentials an order is compared on, what was
 * due, and the answer as it was given.
 */
public record StoredQuote(UUID id, UUID partyId, String clientId, CountryCode destination, Channel channel,
        LocalDate assessmentDate, Optional<String> consumerId, Money customsValue, BigDecimal grossMassKg,
        List<QuotedItem> items, String regimeId, Optional<Money> totalDue, String linesJson, String answer,
        Instant createdAt, Instant validUntil) {

    public StoredQuote {
        items = List.copyOf(items);
    }

    /** An item as quoted: its HS code, quantity and value (unit value times quantity). */
    public record QuotedItem(String hsCode, int quantity, Money value) {
    }
}
