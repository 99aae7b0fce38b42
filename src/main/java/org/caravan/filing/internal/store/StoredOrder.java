package org.caravan.filing.internal.store;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.caravan.reference.CountryCode;
import org.caravan.reference.Money;

/** What matching needs of a filed order. */
public record StoredOrder(UUID id, String platformCode, String platformOrderRef, CountryCode destination,
        Money goodsValue, String consigneeName, Optional<String> consumerId, String sellerName,
        List<ItemKey> items, Optional<Money> paid, Optional<UUID> quoteId) {

    public StoredOrder(UUID id, String platformCode, String platformOrderRef, CountryCode destination, Money goodsValue,
            String consigneeName, Optional<String> consumerId, String sellerName, List<ItemKey> items, Optional<Money> paid) {
        this(id, platformCode, platformOrderRef, destination, goodsValue, consigneeName, consumerId, sellerName, items, paid,
                Optional.empty());
    }

    /** An order line reduced to what a manifest line can be compared on. */
    public record ItemKey(String subheading, int quantity) {
    }
}
