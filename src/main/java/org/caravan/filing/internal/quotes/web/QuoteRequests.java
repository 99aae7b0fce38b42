package org.caravan.filing.internal.quotes.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A quote request as sent. Amounts and masses are decimal strings and every field is
 * nullable here, so validation can name each missing or bad one.
 */
public final class QuoteRequests {

    private QuoteRequests() {
    }

    @Schema(name = "QuoteRequest")
    public record Quote(
            @Schema(description = "ISO 3166-1 alpha-2 code of a jurisdiction Caravan clears for", example = "KZ")
            String destination,
            @Schema(description = "How the parcel will travel, which chooses the regime; COURIER when absent",
                    allowableValues = {"COURIER", "POSTAL", "ECOMMERCE_OPERATOR"}) String channel,
            List<Item> items,
            @Schema(description = "Shown in the answer; the regimes here value goods without it") Amount shippingCost,
            @Schema(description = "The whole parcel's gross mass in kg; the sum of the items' masses when absent",
                    example = "1.200") String grossMassKg,
            @Schema(description = "The buyer's pseudonymous id, to count what they used of a monthly allowance")
            String consumerId,
            @Schema(description = "ISO 8601 date whose regime and rates apply; today on the destination's clock when absent",
                    format = "date", example = "2026-11-26") String assessmentDate) {
    }

    @Schema(name = "QuoteItem")
    public record Item(
            @Schema(description = "6 to 10 digits", example = "610910") String hsCode,
            String description,
            @Schema(description = "Value of one unit") Amount value,
            @Schema(description = "1 when absent") Integer quantity,
            @Schema(description = "Net mass of one unit in kg (this or grossMassKg)", example = "0.400") String netMassKg,
            @Schema(description = "Gross mass of one unit in kg (this or netMassKg)") String grossMassKg,
            @Schema(example = "CN") String originCountry) {
    }

    @Schema(name = "QuoteAmount")
    public record Amount(
            @Schema(description = "Decimal string", example = "40.00") String amount,
            @Schema(description = "ISO 4217", example = "USD") String currency) {
    }
}
