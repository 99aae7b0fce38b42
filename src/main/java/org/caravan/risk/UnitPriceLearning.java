package org.caravan.risk;

import java.time.Instant;
import java.util.Optional;

/**
 * Learns the usual unit prices of goods per HS code and origin from Caravan's own filings,
 * what the undervaluation signal compares a parcel with ({@code ./caravan risk learn-prices}).
 */
public interface UnitPriceLearning {

    /** Recomputes the statistics from the consignments filed since {@code since} (all when empty) and replaces the stored ones. */
    Learned learn(Optional<Instant> since);

    /** What a learning run read and stored: parcels, unit prices, and peer groups with two prices or more. */
    record Learned(int parcels, int prices, int peerGroups) {
    }
}
