package org.caravan.risk.internal.signals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.caravan.risk.internal.signals.PriceStatistics.Measure;

/**
 * The learned unit prices held in memory, looked up without a query per parcel: the
 * narrowest peer group with enough observations, (HS6, origin), then (HS4, origin), then
 * HS6 from any origin.
 */
final class LearnedPrices {

    static final LearnedPrices NONE = new LearnedPrices(List.of());

    private final Map<String, PriceStatistics> byKey = new HashMap<>();

    LearnedPrices(List<PriceStatistics> all) {
        all.forEach(s -> byKey.put(key(s.measure(), s.hsCode(), s.origin()), s));
    }

    Optional<PriceStatistics> peers(Measure measure, String subheading, String origin, int minObservations) {
        PriceStatistics found = enough(byKey.get(key(measure, subheading, origin)), minObservations);
        if (found == null) {
            found = enough(byKey.get(key(measure, subheading.substring(0, 4), origin)), minObservations);
        }
        if (found == null) {
            found = enough(byKey.get(key(measure, subheading, PriceStatistics.ANY_ORIGIN)), minObservations);
        }
        return Optional.ofNullable(found);
    }

    int size() {
        return byKey.size();
    }

    private static PriceStatistics enough(PriceStatistics s, int minObservations) {
        return s != null && s.observations() >= minObservations ? s : null;
    }

    static String key(Measure measure, String hsCode, String origin) {
        return measure.name() + hsCode + origin;
    }
}
