package org.caravan.risk.internal.signals;

import java.util.Arrays;

/**
 * Robust statistics of the natural log of unit prices in USD for one peer group: the
 * median and the median absolute deviation, which a few absurd declarations cannot drag,
 * and the 10th and 90th percentiles an officer reads as the usual range. Logs, because
 * prices spread by factors, not by amounts.
 *
 * @param measure {@link Measure#UNIT} or {@link Measure#KG}
 * @param hsCode six digits, or four for the heading's peer group
 * @param origin the ISO country of origin, or {@link #ANY_ORIGIN}
 */
public record PriceStatistics(Measure measure, String hsCode, String origin, int observations, double medianLog,
        double madLog, double lowLog, double highLog) {

    public static final String ANY_ORIGIN = "**";

    /** What a price is counted per. */
    public enum Measure {
        UNIT("per unit"), KG("per kg");

        private final String words;

        Measure(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** The statistics of the first {@code count} logs; the array is sorted in place. */
    public static PriceStatistics of(Measure measure, String hsCode, String origin, double[] logs, int count) {
        Arrays.sort(logs, 0, count);
        double median = quantile(logs, count, 0.5);
        double[] deviations = new double[count];
        for (int i = 0; i < count; i++) {
            deviations[i] = Math.abs(logs[i] - median);
        }
        Arrays.sort(deviations);
        return new PriceStatistics(measure, hsCode, origin, count, median, quantile(deviations, count, 0.5),
                quantile(logs, count, 0.1), quantile(logs, count, 0.9));
    }

    /** Linear interpolation between closest ranks of the sorted values. */
    static double quantile(double[] sorted, int count, double q) {
        double rank = q * (count - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, count - 1);
        return sorted[below] + (sorted[above] - sorted[below]) * (rank - below);
    }

    /**
     * How many robust standard deviations {@code log} lies from the median: 1.4826 × MAD
     * estimates the standard deviation of a normal distribution; {@code minSpread} keeps
     * peers who all declare one price from making every other price extreme.
     */
    public double robustZ(double log, double minSpread) {
        return (log - medianLog) / Math.max(1.4826 * madLog, minSpread);
    }

    /** The peer group as an officer reads it: "851713 from CN", "8517 from CN", "851713 from any origin". */
    public String peers() {
        return hsCode + (ANY_ORIGIN.equals(origin) ? " from any origin" : " from " + origin);
    }
}
