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

    /**
     * How goods differ from the goods quoted, in words: their number, then item by item in
     * order the HS code, the quantity and the value with its currency.
     *
     * @param what what holds the goods ("order", "parcel"), for the sentence on their number
     */
    static List<String> differences(String what, List<Quoted.Item> goods, List<Quoted.Item> quoted) {
        List<String> differences = new java.util.ArrayList<>();
        if (goods.size() != quoted.size()) {
            differences.add("the " + what + " has " + goods.size() + " item" + (goods.size() == 1 ? "" : "s") + ", the quote "
                    + quoted.size());
        }
        for (int i = 0; i < Math.min(goods.size(), quoted.size()); i++) {
            Quoted.Item item = goods.get(i);
            Quoted.Item was = quoted.get(i);
            String which = "item " + (i + 1);
            if (!item.hsCode().equals(was.hsCode())) {
                differences.add(which + " HS code " + item.hsCode() + " differs from the quoted " + was.hsCode());
            }
            if (item.quantity() != was.quantity()) {
                differences.add(which + " quantity " + item.quantity() + " differs from the quoted " + was.quantity());
            }
            if (!item.value().currency().equals(was.value().currency())) {
                differences.add(which + " currency " + item.value().currency().getCurrencyCode() + " differs from the quoted "
                        + was.value().currency().getCurrencyCode());
            } else if (item.value().amount().compareTo(was.value().amount()) != 0) {
                differences.add(which + " value " + item.value() + " differs from the quoted " + was.value());
            }
        }
        return differences;
    }
}
