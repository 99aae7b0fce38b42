package org.caravan.simulator.internal.pilot;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One simulated parcel: what its platform files ({@code order}, absent when the platform is
 * not connected), what its courier declares ({@code line}) and the ground truth behind them.
 * Times are minutes from the start of the pilot on the simulated clock.
 *
 * @param serial the parcel's place in the traffic, from 1: what the seed's draws about it are keyed on, so
 *        a second run under another tag plays out the same
 * @param purchase the purchase the parcel belongs to; a split purchase has several parcels
 * @param trueValueUsd what customs would establish on inspection: the price paid, or for a split
 *        purchase the whole purchase
 */
public record SimParcel(int serial, String trackingNumber, TradeLane lane, String category, String hsSection, Fraud fraud,
        String purchase, long orderedAt, long readyAt, String consumer, String platform, BigDecimal declaredValueUsd,
        BigDecimal trueValueUsd, Map<String, Object> order, Map<String, Object> line) {

    public boolean hasOrder() {
        return order != null;
    }

    /** The subheading declared on the parcel's first line. */
    public String declaredHsCode() {
        return (String) ((Map<?, ?>) ((java.util.List<?>) line.get("items")).get(0)).get("hsCode");
    }
}
