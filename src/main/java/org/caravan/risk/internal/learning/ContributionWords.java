package org.caravan.risk.internal.learning;

import java.util.Locale;

import org.caravan.filing.FiledConsignment;

/** A feature's contribution in the words an officer reads in the case. */
final class ContributionWords {

    private ContributionWords() {
    }

    static String of(String feature, float value, FiledConsignment c) {
        String hs = ParcelFeatures.main(c).hsCode().subheading();
        return switch (feature) {
            case "hs6" -> "past irregularities of goods " + hs;
            case "hs4" -> "past irregularities of heading " + hs.substring(0, 4);
            case "hs2" -> "past irregularities of chapter " + hs.substring(0, 2);
            case "origin" -> "origin " + ParcelFeatures.main(c).originCountry().value();
            case "departure" -> "departure from " + c.departureCountry().value();
            case "destination" -> "destination " + c.destination().value();
            case "transportMode" -> "transport mode " + c.transportMode();
            case "courier" -> "courier's past irregularities";
            case "platform" -> c.platformCode().map(p -> "platform " + p + "'s past irregularities").orElse("no platform");
            case "consignee" -> "consignee's past irregularities";
            case "seller" -> c.sellerName().isPresent() ? "seller's past irregularities" : "no seller named";
            case "valueUsd" -> String.format(Locale.ROOT, "declared value %.2f USD", value);
            case "unitPriceUsd" -> String.format(Locale.ROOT, "unit price %.2f USD for %s", value, hs.substring(0, 4));
            case "grossMassKg" -> String.format(Locale.ROOT, "gross mass %.2f kg", value);
            case "pricePerKgUsd" -> String.format(Locale.ROOT, "price per kg %.2f USD for %s", value, hs.substring(0, 4));
            case "items" -> String.format(Locale.ROOT, "%.0f units", value);
            case "hasOrder" -> value > 0 ? "a platform order" : "no platform order";
            case "matchSignals" -> String.format(Locale.ROOT, "%.0f discrepancies with the order", value);
            default -> feature;
        };
    }
}
