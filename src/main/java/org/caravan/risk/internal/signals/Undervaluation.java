package org.caravan.risk.internal.signals;

import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.caravan.filing.FiledConsignment;
import org.caravan.reference.CountryCode;
import org.caravan.risk.internal.RiskSignal;
import org.caravan.risk.internal.SignalDetector;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * A unit price far below what peers declare for the same goods from the same origin: the
 * commonest way to stay under a de minimis threshold or pay less duty. Compared in logs
 * with a robust z, so the judgement is relative (a tenth of the usual price is as odd for
 * a phone as for a sock) and a few absurd peers cannot move it.
 */
@Component
class Undervaluation implements SignalDetector {

    static final String NAME = "undervaluation";

    private final Supplier<LearnedPrices> learned;
    private final UnitPrices prices;
    private final SignalSettings.Undervaluation settings;

    @Autowired
    Undervaluation(PriceLearning learning, UnitPrices prices, SignalSettings settings) {
        this(learning::learned, prices, settings);
    }

    Undervaluation(Supplier<LearnedPrices> learned, UnitPrices prices, SignalSettings settings) {
        this.learned = learned;
        this.prices = prices;
        this.settings = settings.undervaluation();
    }

    @Override
    public Set<String> signals() {
        return Set.of(NAME);
    }

    @Override
    public void detect(FiledConsignment consignment, CountryCode jurisdiction, Consumer<RiskSignal> signals) {
        LearnedPrices learned = this.learned.get();
        if (learned.size() == 0) {
            return;
        }
        // one signal per item: per unit first, per kg only when the unit price passed
        boolean[] fired = new boolean[consignment.items().size()];
        prices.forEach(consignment, (index, item, measure, usd) -> {
            if (fired[index]) {
                return;
            }
            learned.peers(measure, item.hsCode().subheading(), item.originCountry().value(), settings.minObservations())
                    .ifPresent(peers -> {
                        double z = peers.robustZ(Math.log(usd), settings.minSpread());
                        if (z <= settings.robustZ()) {
                            fired[index] = true;
                            signals.accept(new RiskSignal(NAME, reason(usd, measure, peers), strength(z)));
                        }
                    });
        });
    }

    /** 0.5 at the threshold, growing to 1 at twice its distance. */
    private double strength(double z) {
        return Math.min(1, z / (2 * settings.robustZ()));
    }

    static String reason(double usd, PriceStatistics.Measure measure, PriceStatistics peers) {
        return String.format(Locale.ROOT, "declared %.2f USD %s; %s usually %s-%s USD (median %s over %d parcels)",
                usd, measure.words(), peers.peers(), amount(Math.exp(peers.lowLog())),
                amount(Math.exp(peers.highLog())), amount(Math.exp(peers.medianLog())), peers.observations());
    }

    /** The peers' figures are estimates: two decimals below 10 USD, whole dollars above ("2.10", "95"). */
    private static String amount(double usd) {
        return usd < 10 ? String.format(Locale.ROOT, "%.2f", usd) : String.format(Locale.ROOT, "%.0f", usd);
    }
}
