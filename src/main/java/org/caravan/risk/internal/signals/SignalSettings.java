package org.caravan.risk.internal.signals;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the signal detectors judge, under {@code caravan.risk.signals}. The defaults are
 * starting points chosen on the pilot's own data (docs/risk-signals.md says how), for an
 * administration to tune; the profile, not these, decides what a signal weighs.
 */
@ConfigurationProperties("caravan.risk.signals")
public record SignalSettings(@DefaultValue Undervaluation undervaluation, @DefaultValue Splitting splitting,
        @DefaultValue HsPlausibility hsPlausibility) {

    public static SignalSettings defaults() {
        return new SignalSettings(new Undervaluation(30, -3, 0.25, Duration.ofMinutes(10)),
                new Splitting(Duration.ofHours(72), 200_000, 32), new HsPlausibility(0.6, 0.001, 1));
    }

    /**
     * @param minObservations peers a price is compared with, at least; below it the next broader peer group is tried
     * @param robustZ how far below the peers' median, in robust standard deviations of the log price, a price fires
     * @param minSpread the least spread of log prices assumed, so peers that all declare one price do not make
     *        every other price extreme: with 0.25 a price fires at -3 only below about half the median
     * @param refresh how often the service reloads what {@code ./caravan risk learn-prices} learned
     */
    public record Undervaluation(@DefaultValue("30") int minObservations, @DefaultValue("-3") double robustZ,
            @DefaultValue("0.25") double minSpread, @DefaultValue("PT10M") Duration refresh) {

        public Undervaluation {
            if (minObservations < 2) {
                throw new IllegalArgumentException("caravan.risk.signals.undervaluation.min-observations must be 2 or more");
            }
            if (!(robustZ < 0)) {
                throw new IllegalArgumentException("caravan.risk.signals.undervaluation.robust-z must be below zero");
            }
            if (!(minSpread > 0)) {
                throw new IllegalArgumentException("caravan.risk.signals.undervaluation.min-spread must be above zero");
            }
            if (refresh.isNegative() || refresh.isZero()) {
                throw new IllegalArgumentException("caravan.risk.signals.undervaluation.refresh must be positive");
            }
        }
    }

    /**
     * @param window how far back parcels to one consignee are added up
     * @param maxConsignees consignees remembered at most; the least recently seen are forgotten first
     * @param maxParcelsPerConsignee parcels remembered per consignee within the window; the oldest are forgotten first
     */
    public record Splitting(@DefaultValue("PT72H") Duration window, @DefaultValue("200000") int maxConsignees,
            @DefaultValue("32") int maxParcelsPerConsignee) {

        public Splitting {
            if (window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("caravan.risk.signals.splitting.window must be positive");
            }
            if (maxConsignees < 1 || maxParcelsPerConsignee < 2) {
                throw new IllegalArgumentException(
                        "caravan.risk.signals.splitting needs max-consignees of 1 or more and max-parcels-per-consignee of 2 or more");
            }
        }
    }

    /**
     * Tuned on the validation split of the labelled descriptions to keep false alarms near 2 %
     * (docs/risk-signals.md has the grid).
     *
     * @param minPosterior how sure the description model must be of another chapter
     * @param maxDeclaredPosterior how unlikely the declared chapter must be for the description
     * @param minKnownWords words of the description the model knows, at least
     */
    public record HsPlausibility(@DefaultValue("0.6") double minPosterior, @DefaultValue("0.001") double maxDeclaredPosterior,
            @DefaultValue("1") int minKnownWords) {

        public HsPlausibility {
            if (!(minPosterior > 0 && minPosterior <= 1) || !(maxDeclaredPosterior >= 0 && maxDeclaredPosterior < 1)) {
                throw new IllegalArgumentException(
                        "caravan.risk.signals.hs-plausibility.min-posterior and max-declared-posterior must be shares");
            }
        }
    }
}
