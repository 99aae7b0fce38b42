package org.caravan.risk;

import java.util.Map;

/** A score's ranking figures on all test rows and on the unseen ones (whose combination training never saw). */
public record ScoreFigures(int rows, int frauds, Map<String, Double> precisionAt, Map<String, Double> recallAt,
        double auc, RankingFigures unseen) {
}
