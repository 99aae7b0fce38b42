package org.caravan.risk.internal.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.caravan.risk.ProtocolEvaluation;
import org.caravan.support.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The protocol of the Customs Import Declaration Datasets paper on train 2020 → valid 2021-Q1. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeclarationsProtocolTest {

    /** The paper's LightGBM, Table 3 (Jeong et al., arXiv 2208.02484): precision at 5 % and 10 %. */
    private static final double PAPER_AT_5 = 0.762;
    private static final double PAPER_AT_10 = 0.641;

    private List<Declaration> train;
    private List<Declaration> valid;
    private ProtocolEvaluation evaluation;

    @BeforeAll
    void evaluate() {
        train = Declaration.read(SharedData.file("customs-declarations/df_syn_train_eng.csv"));
        valid = Declaration.read(SharedData.file("customs-declarations/df_syn_valid_eng.csv"));
        evaluation = DeclarationsProtocol.evaluate(train, valid, Boosting.DECLARATIONS);
    }

    @Test
    void theModelBeatsThePapersLightGbmAtFiveAndTenPercent() {
        assertThat(evaluation.precisionAt().get("5")).isGreaterThan(PAPER_AT_5);
        assertThat(evaluation.precisionAt().get("10")).isGreaterThan(PAPER_AT_10);
    }

    @Test
    void theModelBeatsTheLookupOnUnseenCombinations() {
        assertThat(evaluation.unseen().rows()).isPositive();
        assertThat(evaluation.unseen().auc()).isGreaterThan(evaluation.baseline().unseen().auc());
    }

    @Test
    void theModelReachesTheIssuesGoals() {
        assertThat(evaluation.precisionAt().get("5")).isGreaterThanOrEqualTo(0.97);
        assertThat(evaluation.precisionAt().get("10")).isGreaterThanOrEqualTo(0.89);
        assertThat(evaluation.unseen().auc()).isGreaterThanOrEqualTo(0.65);
    }

    @Test
    void theLookupIsBlindOnUnseenCombinations() {
        assertThat(evaluation.baseline().unseen().auc()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void everyFigureIsKeyedByThePapersCutOffs() {
        assertThat(evaluation.precisionAt()).containsOnlyKeys("1", "2", "5", "10");
        assertThat(evaluation.recallAt()).containsOnlyKeys("1", "2", "5", "10");
        assertThat(evaluation.unseen().precisionAt()).containsOnlyKeys("1", "2", "5", "10");
        assertThat(evaluation.rows()).isEqualTo(valid.size());
        assertThat(evaluation.frauds()).isEqualTo((int) valid.stream().filter(Declaration::fraud).count());
    }

    @Test
    void javaScoresEqualXgboostsPredictionsOnTheValidRows() {
        DeclarationFeatures features = DeclarationFeatures.learn(train);
        FeatureMatrix rows = features.of(valid);
        GradientBoosting.Fitted fitted = GradientBoosting.fit(features.training(train), DeclarationFeatures.labels(train),
                Boosting.DECLARATIONS, rows);
        float[] xgboost = fitted.xgboostPredictions().get(0);
        for (int i = 0; i < rows.rows(); i++) {
            assertThat(fitted.ensemble().probability(rows.row(i))).as("row %d", i).isCloseTo(xgboost[i], within(1e-5));
        }
    }

    @Test
    void contributionsAddUpToTheMargin() {
        DeclarationsProtocol.Learned learned = DeclarationsProtocol.learn(train, new Boosting(30, 0.1, 4, 1, 1, 1, 7));
        FeatureMatrix rows = learned.features().of(valid.subList(0, 200));
        TreeEnsemble ensemble = learned.fitted().ensemble();
        double[] contributions = new double[ensemble.features()];
        for (int i = 0; i < rows.rows(); i++) {
            float[] row = rows.row(i);
            ensemble.contributions(row, contributions);
            assertThat(ensemble.expectedMargin() + java.util.Arrays.stream(contributions).sum())
                    .isCloseTo(ensemble.margin(row), within(1e-4));
        }
    }
}
