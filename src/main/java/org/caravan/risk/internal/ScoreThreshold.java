package org.caravan.risk.internal;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * The score above which a parcel falls within an inspection budget: the (1 - budget)
 * quantile of the last scores screened (a bounded window), so the share selected by score
 * follows the budget as the flow's scores drift, without keeping the flow in memory. Until
 * the window holds enough scores to say where the quantile lies, the red score of the
 * profile in force stands in.
 */
final class ScoreThreshold {

    /** Fewer scores than this say too little about the quantile of a budget of a few per cent. */
    static final int WARM_UP = 100;

    private final double budget;
    private final double[] window;
    /** Re-sorting the window for every parcel would cost more than the rules; a tenth of it is new each time. */
    private final int refreshEvery;
    private int next;
    private int size;
    private int sinceRefresh;
    private double threshold;

    ScoreThreshold(double budget, int windowSize) {
        if (!(budget > 0 && budget <= 1)) {
            throw new IllegalArgumentException("budget must be above 0 and at most 1, not " + budget);
        }
        this.budget = budget;
        this.window = new double[windowSize];
        this.refreshEvery = Math.max(16, windowSize / 10);
        this.threshold = Double.NaN;
    }

    /**
     * Adds the score to the window and tells whether it reaches the threshold. Scores should
     * carry a tie-breaking fraction: with whole scores, many parcels share the quantile's
     * score and the budget could only be met all or nothing.
     */
    synchronized boolean reaches(double score, int redScore) {
        window[next] = score;
        next = (next + 1) % window.length;
        size = Math.min(size + 1, window.length);
        if (++sinceRefresh >= refreshEvery || size == Math.min(WARM_UP, window.length)) {
            refresh();
        }
        return score >= (Double.isNaN(threshold) ? redScore : threshold);
    }

    /** An empty window with the same budget. */
    ScoreThreshold fresh() {
        return new ScoreThreshold(budget, window.length);
    }

    /** The quantile the window has reached; empty while it warms up. */
    synchronized OptionalDouble threshold() {
        return Double.isNaN(threshold) ? OptionalDouble.empty() : OptionalDouble.of(threshold);
    }

    private void refresh() {
        sinceRefresh = 0;
        if (size < Math.min(WARM_UP, window.length)) {
            return;
        }
        double[] sorted = Arrays.copyOf(window, size);
        Arrays.sort(sorted);
        int selected = (int) Math.max(1, Math.round(budget * size));
        threshold = sorted[size - selected];
    }
}
