package org.caravan.filing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.caravan.reference.CountryCode;
import org.caravan.reference.Money;

/** The landed-cost quotes given at checkout, for assessment to compare a quoted parcel with. */
public interface Quotes {

    /** A quote as given: what was quoted on which date under which regime, and until when it holds. */
    record Quoted(UUID id, CountryCode destination, LocalDate assessmentDate, String regimeId, List<Item> items,
            Optional<Money> totalDue, Instant validUntil) {

        public Quoted {
            items = List.copyOf(items);
        }

        /** An item as quoted: HS code, quantity and value (unit value times quantity). */
        public record Item(String hsCode, int quantity, Money value) {
        }
    }

    Optional<Quoted> find(UUID quoteId);
}
