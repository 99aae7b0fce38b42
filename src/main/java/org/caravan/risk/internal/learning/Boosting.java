package org.caravan.risk.internal.learning;

/**
 * The hyper-parameters of gradient boosting. The protocol's values were tuned on the
 * 2020 declarations against 2021-Q1 (docs/risk-model.md), never on a test split.
 */
public record Boosting(int rounds, double eta, int maxDepth, double subsample, double columnSample,
        double minChildWeight, long seed) {

    /** Tuned on train 2020 → valid 2021-Q1. */
    public static final Boosting DECLARATIONS = new Boosting(300, 0.05, 6, 0.8, 0.8, 1, 7);

    /** Parcels: fewer labels, so shallower trees; about 4 µs per parcel at 150 trees of depth 5. */
    public static final Boosting PARCELS = new Boosting(150, 0.1, 5, 0.9, 0.9, 1, 7);
}
