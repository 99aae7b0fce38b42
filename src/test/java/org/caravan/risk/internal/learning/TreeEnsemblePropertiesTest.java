package org.caravan.risk.internal.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The plain-Java ensemble against XGBoost on rows with missing values anywhere: the same
 * probability, and contributions that add up to the margin.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TreeEnsemblePropertiesTest {

    private static final int FEATURES = 6;

    private FeatureMatrix probes;
    private TreeEnsemble ensemble;
    private float[] xgboost;

    /** Rows where the label depends on three features and a quarter of the values are missing. */
    private static FeatureMatrix rows(Random random, int n) {
        float[] values = new float[n * FEATURES];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextInt(4) == 0 ? Float.NaN : (float) random.nextGaussian();
        }
        return new FeatureMatrix(values, n, FEATURES);
    }

    @BeforeAll
    void train() {
        Random random = new Random(3);
        FeatureMatrix train = rows(random, 3000);
        float[] labels = new float[train.rows()];
        for (int i = 0; i < labels.length; i++) {
            float[] r = train.row(i);
            boolean fraud = (r[0] > 0.5f || Float.isNaN(r[1])) && !(r[2] < -1);
            labels[i] = fraud ^ random.nextInt(10) == 0 ? 1 : 0;
        }
        probes = rows(random, 2000);
        GradientBoosting.Fitted fitted = GradientBoosting.fit(train, labels, new Boosting(40, 0.2, 3, 0.9, 0.9, 5, 11),
                probes);
        ensemble = fitted.ensemble();
        xgboost = fitted.xgboostPredictions().get(0);
    }

    @Test
    void javaScoresEqualXgboostsWithMissingValues() {
        qt().forAll(integers().between(0, probes.rows() - 1)).checkAssert(i ->
                assertThat(ensemble.probability(probes.row(i))).isCloseTo(xgboost[i], within(1e-5)));
    }

    @Test
    void contributionsAndTheAverageMarginAddUpToTheMargin() {
        double[] contributions = new double[FEATURES];
        qt().forAll(integers().between(0, probes.rows() - 1)).checkAssert(i -> {
            float[] row = probes.row(i);
            ensemble.contributions(row, contributions);
            assertThat(ensemble.expectedMargin() + Arrays.stream(contributions).sum())
                    .isCloseTo(ensemble.margin(row), within(1e-4));
        });
    }

    @Test
    void featuresTheLabelIgnoresContributeLittle() {
        double[] contributions = new double[FEATURES];
        double used = 0;
        double ignored = 0;
        for (int i = 0; i < probes.rows(); i++) {
            ensemble.contributions(probes.row(i), contributions);
            used += Math.abs(contributions[0]) + Math.abs(contributions[1]) + Math.abs(contributions[2]);
            ignored += Math.abs(contributions[3]) + Math.abs(contributions[4]) + Math.abs(contributions[5]);
        }
        assertThat(ignored).as("ignored %.1f, used %.1f", ignored, used).isLessThan(used / 5);
    }
}
