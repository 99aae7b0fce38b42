package org.caravan.filing.internal.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.Instant;
import java.util.Optional;

import org.caravan.party.VerifiedSignature;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.AdditionalPropertiesValue;

/** The signature a filing was verified with, as its receipt shows it. */
@Schema(name = "FilingSignature", additionalProperties = AdditionalPropertiesValue.FALSE,
        description = "Present when the filing was sent with a JWS-Signature that verified")
public record FilingSignatureView(
        @Schema(requiredMode = REQUIRED, description = "The signing key's id") String kid,
        @Schema(requiredMode = REQUIRED, example = "ES256") String alg,
        @Schema(requiredMode = REQUIRED) Instant verifiedAt) {

    public static FilingSignatureView of(Optional<VerifiedSignature> signature) {
        return signature.map(s -> new FilingSignatureView(s.kid(), s.alg(), s.verifiedAt())).orElse(null);
    }
}
