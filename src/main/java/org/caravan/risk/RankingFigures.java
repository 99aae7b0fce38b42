package org.caravan.risk;

import java.util.Map;

/**
 * How well a score ranks rows: among the top n % of rows (n = 1, 2, 5, 10, keyed "1".."10"),
 * the share that are fraud (precision) and the share of all frauds found (recall), and the
 * area under the ROC curve.
 */
public record RankingFigures(int rows, int frauds, Map<String, Double> precisionAt, Map<String, Double> recallAt,
        double auc) {
}
