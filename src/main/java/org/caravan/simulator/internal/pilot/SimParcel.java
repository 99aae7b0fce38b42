package org.caravan.simulator.internal.pilot;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One simulated parcel: what its platform files ({@code order}, absent when the platform is
 * not connected), what its courier declares ({@code line}) and the ground truth behind them.
 * Times are minutes from the start of the pilot on the simulated clock.
 *
 * @param purchase the purchase the parcel belongs to; a split purchase has several parcels
 * @param trueValueUsd what customs would establish on inspection: the price paid, or for a split
 *        purchase the whole purchase
 */
public record SimParcel(String trackingNumber, TradeLane lane, String category, String hsSection, Fraud fraud,
        String purchase, long orderedAt, long readyAt, String consumer, String platform, BigDecimal declaredValueUsd,
        BigDecimal trueValueUsd, Map<String, Object> order, Map<String, Object> line) {

    public boolean hasOrder() {
        return order != null;
    }
}
