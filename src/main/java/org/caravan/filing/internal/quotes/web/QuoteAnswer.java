package org.caravan.filing.internal.quotes.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.caravan.reference.Money;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.AdditionalPropertiesValue;

/**
 * A landed-cost quote: what the buyer can expect to pay at the border under the regime of
 * the date, line by line with the legal basis, the officer's computation and a sentence for
 * the buyer. {@code totalDue} is absent when {@code computed} is false: an officer assesses.
 */
@Schema(name = "Quote", additionalProperties = AdditionalPropertiesValue.FALSE)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuoteAnswer(
        @Schema(requiredMode = REQUIRED) UUID quoteId,
        @Schema(requiredMode = REQUIRED, description = "An order filed with the quoteId after this is refused "
                + "the quote; 24 hours after it was given") Instant validUntil,
        @Schema(requiredMode = REQUIRED, example = "KZ") String destination,
        @Schema(requiredMode = REQUIRED, example = "COURIER") String channel,
        @Schema(requiredMode = REQUIRED) RegimeUsed regime,
        @Schema(requiredMode = REQUIRED) LocalDate assessmentDate,
        @Schema(requiredMode = REQUIRED, description = "The goods' value, in the first item's currency") Money customsValue,
        @Schema(description = "As sent; not part of the customs value") Money shippingCost,
        @Schema(requiredMode = REQUIRED, description = "Gross mass counted, in kg", example = "1.2") String grossMassKg,
        @Schema(requiredMode = REQUIRED, description = "True when the recipient owes nothing") boolean deMinimis,
        @Schema(requiredMode = REQUIRED, description = "False when an officer must assess") boolean computed,
        @Schema(description = "Why an officer must assess") String notComputed,
        @Schema(description = "What the recipient pays, in the destination's currency") Money totalDue,
        @Schema(requiredMode = REQUIRED) List<Line> lines,
        @Schema(requiredMode = REQUIRED) List<RateUsed> exchangeRates,
        @Schema(requiredMode = REQUIRED) List<String> notes) {

    /** The regime applied and how sure its source is. */
    @Schema(name = "QuoteRegime", additionalProperties = AdditionalPropertiesValue.FALSE)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RegimeUsed(
            @Schema(requiredMode = REQUIRED, example = "EAEU-ECOMMERCE-GOODS-2026") String id,
            @Schema(requiredMode = REQUIRED) String name,
            @Schema(requiredMode = REQUIRED) String legalReference,
            @Schema(requiredMode = REQUIRED, allowableValues = {"HIGH", "MEDIUM", "LOW"}) String confidence,
            String caveat,
            @Schema(requiredMode = REQUIRED) List<String> sources) {
    }

    /**
     * One charge. {@code amount} is due in {@code currency}, rounded to its minor unit; lines the
     * declarant pays (payer DECLARANT) are shown but not in {@code totalDue}.
     */
    @Schema(name = "QuoteLine", additionalProperties = AdditionalPropertiesValue.FALSE)
    public record Line(
            @Schema(requiredMode = REQUIRED, allowableValues = {"DUTY", "VAT", "SINGLE_RATE", "FEE", "EXCISE"}) String type,
            @Schema(requiredMode = REQUIRED) String name,
            @Schema(requiredMode = REQUIRED, description = "Decimal string", example = "12.50") String amount,
            @Schema(requiredMode = REQUIRED, example = "KZT") String currency,
            @Schema(requiredMode = REQUIRED, allowableValues = {"RECIPIENT", "DECLARANT"}) String payer,
            @Schema(requiredMode = REQUIRED) String legalBasis,
            @Schema(requiredMode = REQUIRED, description = "The computation, as an officer reads it") String explanation,
            @Schema(requiredMode = REQUIRED, description = "A sentence for the buyer, in English or Russian by "
                    + "Accept-Language") String plainExplanation) {
    }

    /** A rate the quote used: to value goods in another currency, in the allowance's, or to state a charge. */
    @Schema(name = "QuoteExchangeRate", additionalProperties = AdditionalPropertiesValue.FALSE)
    public record RateUsed(
            @Schema(requiredMode = REQUIRED, allowableValues = {"GOODS", "VALUATION", "PAYMENT"}) String purpose,
            @Schema(requiredMode = REQUIRED, example = "USD") String from,
            @Schema(requiredMode = REQUIRED, example = "EUR") String to,
            @Schema(requiredMode = REQUIRED, description = "Decimal rate", example = "0.862") String rate,
            @Schema(requiredMode = REQUIRED) LocalDate date,
            @Schema(requiredMode = REQUIRED) String source) {
    }
}
