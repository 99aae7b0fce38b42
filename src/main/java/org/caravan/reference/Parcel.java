package org.caravan.reference;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an assessment needs to know of one consignment: its customs value, gross mass and
 * goods by HS code, and what the recipient (or the seller's conveyance) already used of an
 * allowance that accumulates, in the allowance currency.
 */
public record Parcel(Money customsValue, BigDecimal grossMassKg, List<Goods> goods, Money usedBefore) {

    public Parcel {
        goods = List.copyOf(goods);
    }

    public record Goods(HsCode hsCode, Money value) {
    }
}
