package org.caravan.party.internal.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.caravan.party.Caller;
import org.caravan.party.internal.SigningKeys;
import org.caravan.party.internal.store.SigningKeyTable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.nimbusds.jose.util.JSONObjectUtils;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.AdditionalPropertiesValue;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * A party's public keys for signing its filings (docs/signed-filings.md), kept by the party
 * itself or an ADMIN; to any other caller the party's keys are not found.
 */
@RestController
@RequestMapping("/api/v1/parties/{partyId}/signing-keys")
class SigningKeyController {

    private static final String JWK_EXAMPLE = """
            {"kty": "EC", "crv": "P-256", "kid": "courier-2026-01", "alg": "ES256",
             "x": "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU", "y": "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"}""";

    private final SigningKeys keys;

    SigningKeyController(SigningKeys keys) {
        this.keys = keys;
    }

    @Schema(name = "SigningKey", additionalProperties = AdditionalPropertiesValue.FALSE)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record KeyResponse(
            @Schema(requiredMode = REQUIRED) String kid,
            @Schema(requiredMode = REQUIRED, description = "The JWS algorithms the key verifies", example = "[\"ES256\"]")
            List<String> algorithms,
            @Schema(requiredMode = REQUIRED, description = "RFC 7638 thumbprint, base64url SHA-256") String thumbprint,
            @Schema(requiredMode = REQUIRED, description = "The public JWK as registered") Map<String, Object> jwk,
            @Schema(requiredMode = REQUIRED) Instant createdAt,
            @Schema(description = "From this instant on the key verifies no filing") Instant retiredAt) {

        static KeyResponse of(SigningKeyTable.Row row) {
            try {
                return new KeyResponse(row.kid(), List.of(row.algs().split(",")), row.thumbprint(),
                        JSONObjectUtils.parse(row.jwk()), row.createdAt(), row.retiredAt().orElse(null));
            } catch (java.text.ParseException e) {
                throw new IllegalStateException("Stored signing key " + row.kid() + " is not a JWK", e);
            }
        }
    }

    @Schema(name = "SigningKeys", additionalProperties = AdditionalPropertiesValue.FALSE)
    record KeysResponse(@Schema(requiredMode = REQUIRED) List<KeyResponse> keys) {
    }

    @Operation(summary = "Register a public key the party signs its filings with",
            description = "The body is the public JWK: EC P-256 (ES256), RSA of 2048 bits or more (RS256, PS256) or "
                    + "OKP Ed25519 (EdDSA). A private, symmetric or weak key, an unknown kty or a kid the party has "
                    + "already (retired ones included) is refused with 422 naming the JWK member. Without a kid the key "
                    + "is named by its thumbprint. By the party itself or an ADMIN.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object", description = "A public JWK"),
            examples = @ExampleObject(name = "ES256", value = JWK_EXAMPLE)))
    @ApiResponse(responseCode = "201", description = "Registered", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = KeyResponse.class)))
    @PostMapping(consumes = {MediaType.APPLICATION_JSON_VALUE, "application/jwk+json"},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    KeyResponse register(Caller caller, @PathVariable UUID partyId, @RequestBody String jwk) {
        return KeyResponse.of(keys.register(caller, partyId, jwk));
    }

    @Operation(summary = "The party's signing keys, retired ones included", description = "By the party itself or an ADMIN.")
    @ApiResponse(responseCode = "200", description = "Every key", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = KeysResponse.class)))
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    KeysResponse list(Caller caller, @PathVariable UUID partyId) {
        return new KeysResponse(keys.list(caller, partyId).stream().map(KeyResponse::of).toList());
    }

    @Operation(summary = "Retire a signing key",
            description = "A retired key verifies nothing filed after its retirement; filings signed before keep "
                    + "showing it. The key stays listed, and its kid cannot be registered again. By the party itself "
                    + "or an ADMIN.")
    @ApiResponse(responseCode = "200", description = "The key, retired", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = KeyResponse.class)))
    @DeleteMapping(path = "/{kid}", produces = MediaType.APPLICATION_JSON_VALUE)
    KeyResponse retire(Caller caller, @PathVariable UUID partyId, @PathVariable String kid) {
        return KeyResponse.of(keys.retire(caller, partyId, kid));
    }
}
