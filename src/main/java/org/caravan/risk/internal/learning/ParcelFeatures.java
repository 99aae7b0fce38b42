package org.caravan.risk.internal.learning;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.caravan.filing.FiledConsignment;

/**
 * The features of a filed consignment, in a fixed order. Categorical fields are keys that
 * the model document's target encodings turn into fraud rates; the main item (the one of
 * highest value) stands for the parcel's goods.
 */
final class ParcelFeatures {

    /** Categorical features, each encoded by its past fraud rate; the first {@code CATEGORIES} columns. */
    static final List<String> CATEGORIES = List.of("hs6", "hs4", "hs2", "origin", "departure", "destination",
            "transportMode", "courier", "platform", "consignee", "seller");
    static final List<String> NUMBERS = List.of("valueUsd", "unitPriceUsd", "grossMassKg", "pricePerKgUsd", "items",
            "hasOrder", "matchSignals");
    static final List<String> NAMES = java.util.stream.Stream.concat(CATEGORIES.stream(), NUMBERS.stream()).toList();

    private ParcelFeatures() {
    }

    /** {@code main} is {@link #main}'s item, worked out once per consignment for keys and numbers. */
    static String[] keys(FiledConsignment c, FiledConsignment.Item main) {
        String hs = main.hsCode().subheading();
        return new String[] {hs, hs.substring(0, 4), hs.substring(0, 2), main.originCountry().value(),
                c.departureCountry().value(), c.destination().value(), c.transportMode(), c.courierPartyId().toString(),
                c.platformCode().orElse(""), consignee(c), c.sellerName().map(s -> s.toLowerCase(Locale.ROOT)).orElse("")};
    }

    /** The numeric columns after the categorical ones. */
    static void numbers(FiledConsignment c, FiledConsignment.Item main, UsdRates rates, float[] row) {
        int at = CATEGORIES.size();
        double usd = rates.usdPer(c.declaredValue().currency(), LocalDate.ofInstant(c.filedAt(), ZoneOffset.UTC));
        double value = c.declaredValue().amount().doubleValue() * usd;
        double mainUsd = main.value().amount().doubleValue() * usd;
        double mass = c.grossMassKg().doubleValue();
        int units = 0;
        for (FiledConsignment.Item item : c.items()) {
            units += item.quantity();
        }
        row[at++] = (float) value;
        row[at++] = (float) (mainUsd / Math.max(1, main.quantity()));
        row[at++] = (float) mass;
        row[at++] = mass > 0 ? (float) (value / mass) : Float.NaN;
        row[at++] = units;
        row[at++] = c.orderId().isPresent() ? 1 : 0;
        row[at] = c.matchSignals().size();
    }

    static FiledConsignment.Item main(FiledConsignment c) {
        FiledConsignment.Item main = c.items().get(0);
        for (FiledConsignment.Item item : c.items()) {
            if (item.value().amount().compareTo(main.value().amount()) > 0) {
                main = item;
            }
        }
        return main;
    }

    /** The consumer id when the platform gave one; the name otherwise, so one buyer is one key. */
    private static String consignee(FiledConsignment c) {
        return c.consignee().consumerId().orElseGet(() -> c.consignee().name().toLowerCase(Locale.ROOT));
    }
}
