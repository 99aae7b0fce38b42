package org.caravan.filing.internal.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.util.List;
import java.util.UUID;

import org.caravan.filing.MatchSignal;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.AdditionalPropertiesValue;

/** The courier's receipt for an accepted manifest, one line per house consignment. */
@Schema(additionalProperties = AdditionalPropertiesValue.FALSE)
public record ManifestReceipt(
        @Schema(requiredMode = REQUIRED) UUID manifestId,
        @Schema(requiredMode = REQUIRED) String manifestRef,
        @Schema(requiredMode = REQUIRED, allowableValues = "ACCEPTED") String status,
        @Schema(requiredMode = REQUIRED) List<Consignment> consignments) {

    public static final String ACCEPTED = "ACCEPTED";

    @Schema(name = "ConsignmentReceipt", additionalProperties = AdditionalPropertiesValue.FALSE)
    public record Consignment(
            @Schema(requiredMode = REQUIRED) String trackingNumber,
            @Schema(requiredMode = REQUIRED) UUID consignmentId,
            @Schema(requiredMode = REQUIRED, allowableValues = "ACCEPTED") String status,
            @Schema(requiredMode = REQUIRED) List<Signal> matchSignals) {
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
}
