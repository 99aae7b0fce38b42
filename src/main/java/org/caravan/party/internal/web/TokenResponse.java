package org.caravan.party.internal.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema.AdditionalPropertiesValue;
import io.swagger.v3.oas.annotations.media.Schema;

/** An access token as RFC 6749 section 5.1 names its fields. */
@Schema(additionalProperties = AdditionalPropertiesValue.FALSE)
record TokenResponse(
        @Schema(requiredMode = REQUIRED, description = "A signed JWT to send as a bearer token")
        @JsonProperty("access_token") String accessToken,
        @Schema(requiredMode = REQUIRED, allowableValues = "Bearer") @JsonProperty("token_type") String tokenType,
        @Schema(requiredMode = REQUIRED, description = "Seconds until the token expires", example = "3600")
        @JsonProperty("expires_in") long expiresIn) {

    static TokenResponse bearer(String token, long expiresIn) {
        return new TokenResponse(token, "Bearer", expiresIn);
    }

    /** The form fields of a token request, for the document only: {@link TokenRequestForm} reads the body. */
    @Schema(name = "TokenRequest", additionalProperties = AdditionalPropertiesValue.FALSE)
    record Request(
            @Schema(requiredMode = REQUIRED, allowableValues = "client_credentials")
            @JsonProperty("grant_type") String grantType,
            @Schema(description = "Unless sent with HTTP Basic") @JsonProperty("client_id") String clientId,
            @Schema(description = "Unless sent with HTTP Basic", format = "password")
            @JsonProperty("client_secret") String clientSecret) {
    }
}
