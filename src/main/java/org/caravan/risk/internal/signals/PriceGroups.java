package org.caravan.risk.internal.signals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.caravan.filing.FiledConsignment;
import org.caravan.risk.internal.signals.PriceStatistics.Measure;

/**
 * The unit prices of many consignments gathered per peer group, each price counted in its
 * subheading from its origin, its heading from its origin and its subheading from any origin.
 */
final class PriceGroups {

    /** Peer groups smaller than this are not kept: no setting would ever judge by them. */
    private static final int KEPT_FROM = 2;

    private final UnitPrices prices;
    private final Map<String, Observations> groups = new HashMap<>();
    private int parcels;
    private int observed;

    PriceGroups(UnitPrices prices) {
        this.prices = prices;
    }

    void add(FiledConsignment c) {
        parcels++;
        prices.forEach(c, (index, item, measure, usd) -> {
            observed++;
            double log = Math.log(usd);
            String subheading = item.hsCode().subheading();
            String origin = item.originCountry().value();
            observe(measure, subheading, origin, log);
            observe(measure, subheading.substring(0, 4), origin, log);
            observe(measure, subheading, PriceStatistics.ANY_ORIGIN, log);
        });
    }

    int parcels() {
        return parcels;
    }

    int prices() {
        return observed;
    }

    List<PriceStatistics> statistics() {
        List<PriceStatistics> statistics = new ArrayList<>();
        groups.values().stream().filter(o -> o.count >= KEPT_FROM)
                .forEach(o -> statistics.add(PriceStatistics.of(o.measure, o.hsCode, o.origin, o.logs, o.count)));
        return statistics;
    }

    private void observe(Measure measure, String hsCode, String origin, double log) {
        groups.computeIfAbsent(LearnedPrices.key(measure, hsCode, origin), k -> new Observations(measure, hsCode, origin))
                .add(log);
    }

    /** The log prices of one peer group, in a growing array rather than boxed doubles. */
    private static final class Observations {

        final Measure measure;
        final String hsCode;
        final String origin;
        double[] logs = new double[8];
        int count;

        Observations(Measure measure, String hsCode, String origin) {
            this.measure = measure;
            this.hsCode = hsCode;
            this.origin = origin;
        }

        void add(double log) {
            if (count == logs.length) {
                logs = Arrays.copyOf(logs, count * 2);
            }
            logs[count++] = log;
        }
    }
}
