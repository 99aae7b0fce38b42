package org.caravan.risk;

import java.util.Map;

/**
 * The model's figures under the protocol of the Customs Import Declaration Datasets paper
 * (rank test rows by score; overall and on the unseen rows), beside the per-combination
 * lookup baseline's.
 */
public record ProtocolEvaluation(int rows, int frauds, Map<String, Double> precisionAt, Map<String, Double> recallAt,
        double auc, RankingFigures unseen, ScoreFigures baseline) {

    public ProtocolEvaluation(ScoreFigures model, ScoreFigures baseline) {
        this(model.rows(), model.frauds(), model.precisionAt(), model.recallAt(), model.auc(), model.unseen(), baseline);
    }
}
