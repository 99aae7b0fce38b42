package org.caravan.filing.internal.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.caravan.filing.internal.Order;
import org.caravan.filing.internal.quotes.store.StoredQuote;
import org.caravan.filing.internal.quotes.store.StoredQuote.QuotedItem;
import org.caravan.reference.Channel;
import org.caravan.reference.CountryCode;
import org.caravan.reference.HsCode;
import org.caravan.reference.Money;
import org.junit.jupiter.api.Test;

/** What an order that is not the one quoted is told, item by item, in words. */
class QuoteMatchingTest {

    static final CountryCode KZ = CountryCode.of("KZ");

    @Test
    void theGoodsQuotedMatch() {
        assertThat(QuoteMatching.differences(order("KZ", "USD", line("851713", 1, "40.00"), line("610910", 2, "12.50")),
                quote(item("851713", 1, "40.00", "USD"), item("610910", 2, "25.00", "USD")))).isEmpty();
    }

    @Test
    void eachDifferenceIsSaidInWords() {
        assertThat(QuoteMatching.differences(order("UZ", "USD", line("851713", 1, "40.00"), line("610910", 2, "22.50")),
                quote(item("851712", 1, "40.00", "USD"), item("610910", 2, "40.00", "USD"), item("640399", 1, "9.00", "USD"))))
                .containsExactly("destination UZ differs from the quoted KZ", "the order has 2 items, the quote 3",
                        "item 1 HS code 851713 differs from the quoted 851712",
                        "item 2 value 45.00 USD differs from the quoted 40.00 USD");
    }

    @Test
    void anotherCurrencyOrQuantityIsADifference() {
        assertThat(QuoteMatching.differences(order("KZ", "EUR", line("851713", 2, "20.00")),
                quote(item("851713", 1, "40.00", "USD"))))
                .containsExactly("item 1 quantity 2 differs from the quoted 1",
                        "item 1 currency EUR differs from the quoted USD");
    }

    private static Order order(String destination, String currency, String[]... lines) {
        List<Order.Line> parsed = java.util.Arrays.stream(lines)
                .map(l -> new Order.Line("SKU", "Goods", new HsCode(l[0]), Integer.parseInt(l[1]), Money.of(l[2], currency),
                        CountryCode.of("CN"), Optional.of(new BigDecimal("0.4"))))
                .toList();
        return new Order("TM-1", Instant.parse("2026-11-20T10:15:00Z"),
                new Order.Seller("S", "Seller", CountryCode.of("CN")),
                new Order.Buyer("Aigerim Sadykova", Optional.empty(), Optional.of("Almaty"), CountryCode.of(destination)),
                CountryCode.of(destination), parsed, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(UUID.randomUUID()));
    }

    private static String[] line(String hs, int quantity, String unitPrice) {
        return new String[] {hs, String.valueOf(quantity), unitPrice};
    }

    private static QuotedItem item(String hs, int quantity, String value, String currency) {
        return new QuotedItem(hs, quantity, Money.of(value, currency));
    }

    private static StoredQuote quote(QuotedItem... items) {
        return new StoredQuote(UUID.randomUUID(), UUID.randomUUID(), "platform", KZ, Channel.COURIER,
                LocalDate.of(2026, 11, 26), Optional.empty(), Money.of("40.00", "USD"), new BigDecimal("0.8"),
                List.of(items), "EAEU-ECOMMERCE-GOODS-2026", Optional.empty(), "[]", "{}", Instant.now(),
                Instant.now().plusSeconds(3600));
    }
}
