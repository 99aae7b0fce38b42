package org.caravan.party.internal;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema.AdditionalPropertiesValue;
import io.swagger.v3.oas.annotations.media.Schema;

/** The authorization server's forms and answers as the OpenAPI document shows them ({@link TokenDocument}). */
final class TokenSchemas {

    private TokenSchemas() {
    }

    /** An access token as RFC 6749 section 5.1 names its fields. */
    @Schema(name = "TokenResponse", additionalProperties = AdditionalPropertiesValue.FALSE)
    record Response(
            @Schema(requiredMode = REQUIRED, description = "A signed JWT to send as a bearer token")
            @JsonProperty("access_token") String accessToken,
            @Schema(requiredMode = REQUIRED, allowableValues = "Bearer") @JsonProperty("token_type") String tokenType,
            @Schema(requiredMode = REQUIRED, description = "Seconds until the token expires", example = "3599")
            @JsonProperty("expires_in") long expiresIn) {
    }

    /** The form fields of a token request. */
    @Schema(name = "TokenRequest", additionalProperties = AdditionalPropertiesValue.FALSE)
    record Request(
            @Schema(requiredMode = REQUIRED, allowableValues = "client_credentials")
            @JsonProperty("grant_type") String grantType,
            @Schema(description = "Unless sent with HTTP Basic") @JsonProperty("client_id") String clientId,
            @Schema(description = "Unless sent with HTTP Basic", format = "password")
            @JsonProperty("client_secret") String clientSecret) {
    }

    /** The form of a revocation or introspection request. */
    @Schema(name = "TokenForm", additionalProperties = AdditionalPropertiesValue.FALSE)
    record TokenForm(
            @Schema(requiredMode = REQUIRED, description = "The access token") @JsonProperty("token") String token,
            @Schema(allowableValues = "access_token") @JsonProperty("token_type_hint") String tokenTypeHint,
            @Schema(description = "Unless sent with HTTP Basic") @JsonProperty("client_id") String clientId,
            @Schema(description = "Unless sent with HTTP Basic", format = "password")
            @JsonProperty("client_secret") String clientSecret) {
    }
}
