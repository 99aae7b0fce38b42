package org.caravan.risk.internal.web;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.caravan.common.NotFound;
import org.caravan.common.ProblemTypes;
import org.caravan.common.Violation;
import org.caravan.common.Violations;
import org.caravan.common.web.ProblemAnswers;
import org.caravan.common.web.Problems;
import org.caravan.party.Caller;
import org.caravan.party.Role;
import org.caravan.party.Roles;
import org.caravan.reference.CountryCode;
import org.caravan.risk.ProfileFormat;
import org.caravan.risk.ProfileVersion;
import org.caravan.risk.RefusedRiskProfile;
import org.caravan.risk.RiskProfiles;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * An administration's risk profiles as documents (docs/risk-profiles.md): loaded, shown and
 * audited by its officers or an ADMIN. The rules are not shown to traders.
 */
@RestController
@RequestMapping("/api/v1/risk/profiles")
class RiskProfileController {

    static final String REASON = "Change-Reason";
    static final int MAX_REASON = 1000;
    private static final String YAML = "application/yaml";

    private final RiskProfiles profiles;

    RiskProfileController(RiskProfiles profiles) {
        this.profiles = profiles;
    }

    record VersionResponse(String jurisdiction, int version, String profileId, String format, Instant loadedAt,
            String loadedBy, String reason, String status, String document) {

        static VersionResponse of(ProfileVersion v) {
            return new VersionResponse(v.jurisdiction(), v.version(), v.profileId(), v.format().name(), v.loadedAt(),
                    v.loadedBy(), v.reason(), v.status().name(), v.document());
        }
    }

    @Operation(summary = "Load a new version of the jurisdiction's risk profile",
            description = "The body is the profile document, as YAML (application/yaml, text/yaml) or JSON. It is "
                    + "checked whole before it is stored; a refused document answers 422 with the `line` and `field` at "
                    + "fault, and the version in force stays so. An accepted one is in force at once on this instance "
                    + "and within seconds on the others. By an officer of the jurisdiction's administration or an ADMIN; "
                    + "the " + REASON + " header is required and kept with who loaded it and when.")
    @Parameter(name = REASON, in = ParameterIn.HEADER, required = true, description = "Why the profile changes, at most "
            + MAX_REASON + " characters")
    @ApiResponse(responseCode = "201", description = "The version stored and in force",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = VersionResponse.class)))
    @ApiResponse(responseCode = "422", description = "The document is refused, with `line` and `field`",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(ref = "#/components/schemas/" + ProblemAnswers.PROBLEM_SCHEMA)))
    @PutMapping(path = "/{code}", consumes = {YAML, "application/x-yaml", "text/yaml", MediaType.APPLICATION_JSON_VALUE},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.CREATED)
    VersionResponse load(Caller caller, @PathVariable String code, @RequestHeader(name = HttpHeaders.CONTENT_TYPE) String type,
            @RequestHeader(name = REASON, required = false) String reason, @RequestBody String document) {
        CountryCode jurisdiction = administered(caller, code);
        Violations v = new Violations();
        if (v.required("header:" + REASON, reason)) {
            v.maxLength("header:" + REASON, reason, MAX_REASON);
        }
        v.throwIfAny();
        ProfileFormat format = MediaType.parseMediaType(type).isCompatibleWith(MediaType.APPLICATION_JSON)
                ? ProfileFormat.JSON : ProfileFormat.YAML;
        return VersionResponse.of(profiles.load(jurisdiction, document, format, caller.clientId(), reason.trim()));
    }

    @Operation(summary = "The jurisdiction's active risk profile document and version",
            description = "404 when none was loaded: the bundled default applies. By an officer of the jurisdiction's "
                    + "administration or an ADMIN.")
    @GetMapping(path = "/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    VersionResponse active(Caller caller, @PathVariable String code) {
        CountryCode jurisdiction = administered(caller, code);
        return profiles.active(jurisdiction).map(VersionResponse::of)
                .orElseThrow(() -> new NotFound("No risk profile loaded for " + code + "; the bundled default applies"));
    }

    @Operation(summary = "Every version of the jurisdiction's risk profile, newest first, with who loaded it and why",
            description = "By an officer of the jurisdiction's administration or an ADMIN.")
    @GetMapping(path = "/{code}/history", produces = MediaType.APPLICATION_JSON_VALUE)
    List<VersionResponse> history(Caller caller, @PathVariable String code) {
        return profiles.history(administered(caller, code)).stream().map(VersionResponse::of).toList();
    }

    /** The line and field at fault, on the problem itself and as its one error. */
    @ExceptionHandler(RefusedRiskProfile.class)
    ProblemDetail refused(RefusedRiskProfile e) {
        ProblemDetail problem = Problems.withViolations(Problems.of(HttpStatus.UNPROCESSABLE_CONTENT,
                ProblemTypes.VALIDATION, "The risk profile is refused", e.getMessage()), List.of(new Violation(
                        pointer(e.field()), "invalid-profile", e.reason(),
                        e.line() > 0 ? OptionalInt.of(e.line()) : OptionalInt.empty())));
        problem.setProperty("line", e.line());
        problem.setProperty("field", e.field());
        return problem;
    }

    /** {@code rules[2].when.hs[0]} as the JSON pointer {@code /rules/2/when/hs/0}. */
    static String pointer(String field) {
        return field.isEmpty() ? "" : "/" + field.replaceAll("\\[(\\d+)]", ".$1").replace('.', '/');
    }

    private static CountryCode administered(Caller caller, String code) {
        Roles.require(caller, Role.OFFICER, Role.ADMIN);
        return Optional.ofNullable(code).filter(CountryCode::isValid).map(CountryCode::of).filter(caller::administers)
                .orElseThrow(() -> new NotFound("No jurisdiction " + code + " you administer"));
    }
}
