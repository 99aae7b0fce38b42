package org.caravan.filing.internal.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.util.List;
import java.util.UUID;

import org.caravan.reference.Money;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.AdditionalPropertiesValue;

/** The answer to a filed order: its id and a landed-cost estimate per destination. */
@Schema(additionalProperties = AdditionalPropertiesValue.FALSE)
public record OrderReceipt(
        @Schema(requiredMode = REQUIRED) UUID orderId,
        @Schema(requiredMode = REQUIRED) String platformOrderRef,
        @Schema(requiredMode = REQUIRED, allowableValues = "FILED") String status,
        @Schema(requiredMode = REQUIRED) List<LandedCost> landedCost,
        @Schema(description = "Present when the order was filed with a quoteId")
        @JsonInclude(JsonInclude.Include.NON_NULL) QuoteComparison quote,
        @JsonInclude(JsonInclude.Include.NON_NULL) FilingSignatureView filingSignature) {

    public static final String FILED = "FILED";

    public OrderReceipt(UUID orderId, String platformOrderRef, String status, List<LandedCost> landedCost) {
        this(orderId, platformOrderRef, status, landedCost, null, null);
    }

    public OrderReceipt(UUID orderId, String platformOrderRef, String status, List<LandedCost> landedCost,
            QuoteComparison quote) {
        this(orderId, platformOrderRef, status, landedCost, quote, null);
    }

    public OrderReceipt signedWith(FilingSignatureView signature) {
        return new OrderReceipt(orderId, platformOrderRef, status, landedCost, quote, signature);
    }

    /**
     * The order beside the quote it was filed with: whether destination, items (HS code,
     * quantity, value) and currency are the ones quoted, and each difference in words.
     */
    @Schema(name = "QuoteComparison", additionalProperties = AdditionalPropertiesValue.FALSE)
    public record QuoteComparison(
            @Schema(requiredMode = REQUIRED) UUID quoteId,
            @Schema(requiredMode = REQUIRED) boolean matches,
            @Schema(requiredMode = REQUIRED) List<String> differences) {
    }

    /**
     * What the buyer can expect to pay at the border. Without a regime in force for the
     * destination only {@code available: false} and a note are given; duties are absent when
     * the regime cannot compute them from the order alone (a note says why).
     */
    @Schema(name = "LandedCost", additionalProperties = AdditionalPropertiesValue.FALSE)
    public record LandedCost(
            @Schema(requiredMode = REQUIRED, example = "KZ") String destination,
            @Schema(requiredMode = REQUIRED) boolean available,
            String note,
            @Schema(example = "EAEU-PERSONAL-USE-2020") String regime,
            String legalReference,
            Money customsValue,
            Boolean dutyFree,
            Money duties,
            ExchangeRate exchangeRate,
            List<String> notes) {

        public static LandedCost unavailable(String destination, String note) {
            return new LandedCost(destination, false, note, null, null, null, null, null, null, null);
        }
    }

    /** The rate the estimate converted the goods' value with, and where it comes from. */
    @Schema(name = "ExchangeRate", additionalProperties = AdditionalPropertiesValue.FALSE)
    public record ExchangeRate(
            @Schema(requiredMode = REQUIRED, example = "USD") String from,
            @Schema(requiredMode = REQUIRED, example = "EUR") String to,
            @Schema(requiredMode = REQUIRED, description = "Decimal rate", example = "0.92") String rate,
            @Schema(requiredMode = REQUIRED, format = "date") String date,
            @Schema(requiredMode = REQUIRED) String source) {
    }
}
