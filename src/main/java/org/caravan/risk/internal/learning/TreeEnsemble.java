package org.caravan.risk.internal.learning;

import java.util.Arrays;

/**
 * Gradient-boosted trees laid out as flat arrays, scored in plain Java: no native call and
 * no allocation per row, so the model fits the hot path's budget. Node {@code i} of the
 * ensemble sends a row left when its feature is below the threshold, and a missing
 * (NaN) feature the way training learned; a leaf's value is its share of the margin.
 *
 * @param roots index of each tree's root node
 * @param feature feature tested by each node, -1 at a leaf
 * @param threshold split threshold of each node (left when {@code x < threshold})
 * @param left left child, -1 at a leaf
 * @param right right child, -1 at a leaf
 * @param missingLeft whether a missing feature goes left
 * @param value the leaf value at a leaf; at an inner node the cover-weighted mean of its
 *     leaves, which path attribution needs
 * @param baseMargin the margin every row starts from (log-odds of the base score)
 */
public record TreeEnsemble(int[] roots, int[] feature, float[] threshold, int[] left, int[] right, boolean[] missingLeft,
        float[] value, double baseMargin, int features) {

    public int trees() {
        return roots.length;
    }

    public int nodes() {
        return feature.length;
    }

    /** The fraud probability of one row. */
    public double probability(float[] row) {
        return logistic(margin(row));
    }

    public double margin(float[] row) {
        // XGBoost sums leaf values in float per tree batch; summing in double keeps within 1e-6 of it
        double sum = baseMargin;
        for (int root : roots) {
            sum += value[leaf(root, row)];
        }
        return sum;
    }

    private int leaf(int node, float[] row) {
        int n = node;
        while (left[n] >= 0) {
            float x = row[feature[n]];
            n = x != x ? (missingLeft[n] ? left[n] : right[n]) : (x < threshold[n] ? left[n] : right[n]);
        }
        return n;
    }

    /**
     * Adds each feature's contribution to the margin into {@code contributions} by path
     * attribution (Saabas): along the decision path, each split's change of the node mean is
     * credited to the feature it tested. The contributions plus {@link #expectedMargin()}
     * sum to the row's margin.
     */
    public void contributions(float[] row, double[] contributions) {
        Arrays.fill(contributions, 0);
        for (int root : roots) {
            int n = root;
            while (left[n] >= 0) {
                float x = row[feature[n]];
                int next = x != x ? (missingLeft[n] ? left[n] : right[n]) : (x < threshold[n] ? left[n] : right[n]);
                contributions[feature[n]] += value[next] - value[n];
                n = next;
            }
        }
    }

    /** The margin of an average row: the base margin plus every root's mean. */
    public double expectedMargin() {
        double sum = baseMargin;
        for (int root : roots) {
            sum += value[root];
        }
        return sum;
    }

    static double logistic(double margin) {
        return 1 / (1 + Math.exp(-margin));
    }
}
