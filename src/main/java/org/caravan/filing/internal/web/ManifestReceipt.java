package org.caravan.filing.internal.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.util.List;
import java.util.UUID;

import org.caravan.filing.MatchSignal;
import org.caravan.filing.internal.FileManifest;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.AdditionalPropertiesValue;

/**
 * The courier's receipt for an accepted manifest. A manifest of up to
 * {@value FileManifest#RECEIPT_INLINE_LIMIT} consignments is answered line by line; a larger
 * one with its count and the address of its lines, read page by page, so neither the answer
 * nor its idempotency record grows with the manifest.
 */
@Schema(additionalProperties = AdditionalPropertiesValue.FALSE)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ManifestReceipt(
        @Schema(requiredMode = REQUIRED) UUID manifestId,
        @Schema(requiredMode = REQUIRED) String manifestRef,
        @Schema(requiredMode = REQUIRED, allowableValues = "ACCEPTED") String status,
        @Schema(requiredMode = REQUIRED) int consignmentCount,
        @Schema(description = "Every consignment, when there are at most " + FileManifest.RECEIPT_INLINE_LIMIT
                + "; otherwise absent and read from consignmentPages") List<Consignment> consignments,
        @Schema(requiredMode = REQUIRED, description = "Where the receipt's lines are read page by page")
        String consignmentPages,
        FilingSignatureView filingSignature) {

    public static final String ACCEPTED = "ACCEPTED";

    public static ManifestReceipt of(FileManifest.Receipt receipt) {
        return of(receipt, null);
    }

    public static ManifestReceipt of(FileManifest.Receipt receipt, FilingSignatureView signature) {
        return new ManifestReceipt(receipt.manifestId(), receipt.manifestRef(), ACCEPTED, receipt.consignmentCount(),
                receipt.consignments().map(lines -> lines.stream().map(Consignment::of).toList()).orElse(null),
                pagesOf(receipt.manifestId()), signature);
    }

    public static String pagesOf(UUID manifestId) {
        return "/api/v1/manifests/" + manifestId + "/consignments";
    }

    @Schema(name = "ConsignmentReceipt", additionalProperties = AdditionalPropertiesValue.FALSE)
    public record Consignment(
            @Schema(requiredMode = REQUIRED) String trackingNumber,
            @Schema(requiredMode = REQUIRED) UUID consignmentId,
            @Schema(requiredMode = REQUIRED, allowableValues = "ACCEPTED") String status,
            @Schema(requiredMode = REQUIRED) List<Signal> matchSignals) {

        static Consignment of(FileManifest.Receipt.Line line) {
            return new Consignment(line.trackingNumber(), line.consignmentId(), ACCEPTED,
                    line.matchSignals().stream().map(Signal::neutral).toList());
        }
    }

    /** A disagreement with the platform's order, told in neutral words. */
    @Schema(name = "MatchSignal", additionalProperties = AdditionalPropertiesValue.FALSE)
    public record Signal(
            @Schema(requiredMode = REQUIRED) MatchSignal.Kind kind,
            @Schema(requiredMode = REQUIRED) String detail) {

        public static Signal neutral(MatchSignal signal) {
            return new Signal(signal.kind(), signal.neutralDetail());
        }
    }

    /** One page of a manifest's receipt lines, in filing order. */
    @Schema(name = "ManifestReceiptPage", additionalProperties = AdditionalPropertiesValue.FALSE)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Page(
            @Schema(requiredMode = REQUIRED) UUID manifestId,
            @Schema(requiredMode = REQUIRED) List<Consignment> consignments,
            @Schema(description = "The next page; absent on the last") String next,
            FilingSignatureView filingSignature) {

        public static Page of(UUID manifestId, List<FileManifest.Receipt.Line> lines, String next,
                FilingSignatureView signature) {
            return new Page(manifestId, lines.stream().map(Consignment::of).toList(), next, signature);
        }
    }
}
