package org.caravan.filing.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.caravan.reference.CountryCode;
import org.caravan.reference.HsCode;
import org.caravan.reference.Money;

/** A validated platform order with its payment record, as filed at checkout, and the quote it was filed with, if any. */
public record Order(String platformOrderRef, Instant orderedAt, Seller seller, Buyer buyer, CountryCode destination,
        List<Line> lines, Optional<Money> shippingCost, Optional<Payment> payment, Optional<String> incoterm,
        Optional<UUID> quoteId) {

    public record Seller(String id, String name, CountryCode country) {
    }

    /** {@code postcode} is kept only so the consumer can prove knowing it (filing.ConsigneeProof). */
    public record Buyer(String name, Optional<String> consumerId, Optional<String> city, CountryCode country,
            Optional<String> postcode) {

        public Buyer(String name, Optional<String> consumerId, Optional<String> city, CountryCode country) {
            this(name, consumerId, city, country, Optional.empty());
        }
    }

    public record Line(String sku, String description, HsCode hsCode, int quantity, Money unitPrice,
            CountryCode originCountry, Optional<BigDecimal> netMassKg) {

        Money total() {
            return unitPrice.times(BigDecimal.valueOf(quantity));
        }
    }

    public record Payment(String provider, String transactionRef, Money amount, Instant paidAt) {
    }

    public Money goodsValue() {
        return lines.stream().map(Line::total).reduce(Money::plus).orElseThrow();
    }
}
