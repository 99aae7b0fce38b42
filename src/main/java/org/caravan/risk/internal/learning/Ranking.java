package org.caravan.risk.internal.learning;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.caravan.risk.RankingFigures;

/** Ranks rows by score, highest first, as an inspection budget would take them. */
final class Ranking {

    /** The paper's cut-offs (Jeong et al., Table 3): inspect the top 1, 2, 5 and 10 %. */
    private static final int[] PERCENTS = {1, 2, 5, 10};

    private Ranking() {
    }

    static RankingFigures of(double[] scores, boolean[] frauds) {
        int n = scores.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        int total = 0;
        for (boolean f : frauds) {
            total += f ? 1 : 0;
        }
        Map<String, Double> precision = new LinkedHashMap<>();
        Map<String, Double> recall = new LinkedHashMap<>();
        for (int percent : PERCENTS) {
            int top = Math.max(1, (int) Math.round(n * percent / 100.0));
            int hits = 0;
            for (int i = 0; i < Math.min(top, n); i++) {
                hits += frauds[order[i]] ? 1 : 0;
            }
            precision.put(Integer.toString(percent), n == 0 ? 0 : (double) hits / Math.min(top, n));
            recall.put(Integer.toString(percent), total == 0 ? 0 : (double) hits / total);
        }
        return new RankingFigures(n, total, precision, recall, auc(scores, frauds, order, total));
    }

    /** Mann-Whitney: the chance a random fraud outscores a random honest row, ties counting half. */
    private static double auc(double[] scores, boolean[] frauds, Integer[] descending, int positives) {
        int negatives = scores.length - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        double rankSum = 0;
        int i = scores.length;
        int at = 0;
        while (at < descending.length) {
            int end = at;
            while (end + 1 < descending.length && scores[descending[end + 1]] == scores[descending[at]]) {
                end++;
            }
            // ascending ranks of this tie group run from i - (end - at) to i
            double rank = i - (end - at) / 2.0;
            for (int k = at; k <= end; k++) {
                rankSum += frauds[descending[k]] ? rank : 0;
            }
            i -= end - at + 1;
            at = end + 1;
        }
        return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }
}
