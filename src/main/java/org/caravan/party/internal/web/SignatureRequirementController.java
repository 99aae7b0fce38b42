package org.caravan.party.internal.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.caravan.party.Caller;
import org.caravan.party.internal.SignatureRequirements;
import org.caravan.party.internal.store.SignatureRequirementTable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.AdditionalPropertiesValue;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * An administration's requirement that a party sign the filings destined to its country
 * (docs/signed-filings.md): put in force or lifted by an ADMIN or an OFFICER of the country,
 * always with a reason kept with who changed it; the party sees its own.
 */
@RestController
@RequestMapping("/api/v1/parties/{partyId}/signature-requirements")
class SignatureRequirementController {

    static final String REASON = "Change-Reason";

    private final SignatureRequirements requirements;

    SignatureRequirementController(SignatureRequirements requirements) {
        this.requirements = requirements;
    }

    @Schema(name = "SignatureRequirementBody", additionalProperties = AdditionalPropertiesValue.FALSE)
    record RequirementBody(@Schema(requiredMode = REQUIRED, description = "Why, at most 500 characters") String reason) {
    }

    @Schema(name = "SignatureRequirementChange", additionalProperties = AdditionalPropertiesValue.FALSE)
    record ChangeResponse(
            @Schema(requiredMode = REQUIRED, allowableValues = {"REQUIRED", "LIFTED"}) String action,
            @Schema(requiredMode = REQUIRED) String reason,
            @Schema(requiredMode = REQUIRED, description = "The client id of who changed it") String changedBy,
            @Schema(requiredMode = REQUIRED) Instant changedAt) {
    }

    @Schema(name = "SignatureRequirement", additionalProperties = AdditionalPropertiesValue.FALSE)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RequirementResponse(
            @Schema(requiredMode = REQUIRED) UUID partyId,
            @Schema(requiredMode = REQUIRED, example = "KZ") String country,
            @Schema(requiredMode = REQUIRED, description = "Whether filings destined to the country must be signed")
            boolean required,
            String reason,
            String requiredBy,
            Instant requiredAt,
            @Schema(description = "Every change, oldest first; absent in a list") List<ChangeResponse> changes) {

        static RequirementResponse of(SignatureRequirements.State state) {
            var r = state.inForce();
            return new RequirementResponse(state.partyId(), state.country(), r != null, r == null ? null : r.reason(),
                    r == null ? null : r.requiredBy(), r == null ? null : r.requiredAt(),
                    state.changes().stream().map(c -> new ChangeResponse(c.action(), c.reason(), c.changedBy(),
                            c.changedAt())).toList());
        }

        static RequirementResponse of(SignatureRequirementTable.Requirement r) {
            return new RequirementResponse(r.partyId(), r.country(), true, r.reason(), r.requiredBy(), r.requiredAt(),
                    null);
        }
    }

    @Schema(name = "SignatureRequirements", additionalProperties = AdditionalPropertiesValue.FALSE)
    record RequirementsResponse(@Schema(requiredMode = REQUIRED) List<RequirementResponse> requirements) {
    }

    @Operation(summary = "Require the party to sign its filings destined to a country",
            description = "From now on an order destined to the country, or a manifest arriving in it or with it on its "
                    + "route, is refused (422, /problems/signature-required) unless it carries a valid JWS-Signature. "
                    + "By an ADMIN or an OFFICER of the country; the reason is kept with who required it.")
    @ApiResponse(responseCode = "200", description = "The requirement, in force", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = RequirementResponse.class)))
    @PutMapping(path = "/{country}", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    RequirementResponse require(Caller caller, @PathVariable UUID partyId, @PathVariable String country,
            @RequestBody RequirementBody body) {
        return RequirementResponse.of(requirements.require(caller, partyId, country, body == null ? null : body.reason()));
    }

    @Operation(summary = "Whether a country requires the party's filings to be signed, with every change",
            description = "By the party itself, an ADMIN or an OFFICER of the country.")
    @ApiResponse(responseCode = "200", description = "The requirement and its history", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = RequirementResponse.class)))
    @GetMapping(path = "/{country}", produces = MediaType.APPLICATION_JSON_VALUE)
    RequirementResponse show(Caller caller, @PathVariable UUID partyId, @PathVariable String country) {
        return RequirementResponse.of(requirements.show(caller, partyId, country));
    }

    @Operation(summary = "The signature requirements in force for the party",
            description = "The party sees all; an officer those of its country; an ADMIN all.")
    @ApiResponse(responseCode = "200", description = "Requirements in force", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = RequirementsResponse.class)))
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    RequirementsResponse list(Caller caller, @PathVariable UUID partyId) {
        return new RequirementsResponse(requirements.list(caller, partyId).stream().map(RequirementResponse::of).toList());
    }

    @Operation(summary = "Lift the requirement", description = "By an ADMIN or an OFFICER of the country; the "
            + REASON + " header says why and is kept with who lifted it.")
    @Parameter(name = REASON, in = io.swagger.v3.oas.annotations.enums.ParameterIn.HEADER, required = true,
            description = "Why the requirement is lifted, at most 500 characters")
    @ApiResponse(responseCode = "200", description = "The requirement, lifted, with its history", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = RequirementResponse.class)))
    @DeleteMapping(path = "/{country}", produces = MediaType.APPLICATION_JSON_VALUE)
    RequirementResponse lift(Caller caller, @PathVariable UUID partyId, @PathVariable String country,
            @RequestHeader(name = REASON, required = false) String reason) {
        return RequirementResponse.of(requirements.lift(caller, partyId, country, "header:" + REASON, reason));
    }
}
