package org.caravan.risk.internal.learning;

import java.util.HashMap;
import java.util.Map;

/**
 * A categorical value (an importer, an HS code, a route) replaced by its fraud rate in
 * the training labels, pulled towards the overall rate when the value was seen only a few
 * times, so a seller seen once with one fraud does not read as certain fraud.
 */
public final class TargetEncoding {

    /** Weight of the overall rate, in rows: a value seen 20 times is half its own rate. */
    static final double SMOOTHING = 20;

    private final double prior;
    private final Map<String, int[]> counts;

    TargetEncoding(double prior, Map<String, int[]> counts) {
        this.prior = prior;
        this.counts = counts;
    }

    static TargetEncoding learn(String[] keys, float[] labels) {
        Map<String, int[]> counts = new HashMap<>();
        double frauds = 0;
        for (int i = 0; i < keys.length; i++) {
            int[] c = counts.computeIfAbsent(keys[i], k -> new int[2]);
            c[0]++;
            if (labels[i] > 0.5f) {
                c[1]++;
                frauds++;
            }
        }
        return new TargetEncoding(keys.length == 0 ? 0 : frauds / keys.length, counts);
    }

    /**
     * Each training row's encoding learned from the other folds only: a row never sees its
     * own label, which would make the encoding look better in training than it is.
     */
    static float[] outOfFold(String[] keys, float[] labels, int folds) {
        float[] encoded = new float[keys.length];
        for (int f = 0; f < folds; f++) {
            int fold = f;
            int size = 0;
            for (int i = 0; i < keys.length; i++) {
                size += fold(i, folds) == fold ? 0 : 1;
            }
            String[] k = new String[size];
            float[] l = new float[size];
            int j = 0;
            for (int i = 0; i < keys.length; i++) {
                if (fold(i, folds) != fold) {
                    k[j] = keys[i];
                    l[j++] = labels[i];
                }
            }
            TargetEncoding encoding = learn(k, l);
            for (int i = 0; i < keys.length; i++) {
                if (fold(i, folds) == fold) {
                    encoded[i] = encoding.rate(keys[i]);
                }
            }
        }
        return encoded;
    }

    /** Folds by a hash of the row number, so they mix months rather than cut the year in blocks. */
    private static int fold(int row, int folds) {
        return Math.floorMod(row * 0x9E3779B1, folds);
    }

    public float rate(String key) {
        int[] c = counts.get(key);
        return c == null ? (float) prior : (float) ((c[1] + SMOOTHING * prior) / (c[0] + SMOOTHING));
    }

    /** How many training rows had the value. */
    public int seen(String key) {
        int[] c = counts.get(key);
        return c == null ? 0 : c[0];
    }

    public double prior() {
        return prior;
    }

    Map<String, int[]> counts() {
        return counts;
    }
}
