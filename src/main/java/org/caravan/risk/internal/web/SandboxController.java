package org.caravan.risk.internal.web;

import java.util.List;
import java.util.UUID;

import org.caravan.common.web.ProblemAnswers;
import org.caravan.party.Caller;
import org.caravan.party.Role;
import org.caravan.party.Roles;
import org.caravan.risk.RegulatorySandbox;
import org.caravan.risk.SandboxReport;
import org.caravan.risk.SandboxRun;
import org.caravan.risk.StartSandboxRun;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import tools.jackson.databind.JsonNode;

/** The regulatory sandbox for the installation's administrators: candidate profiles in shadow or replay. */
@RestController
@RequestMapping("/api/v1/sandbox/runs")
class SandboxController {

    private final RegulatorySandbox sandbox;


    SandboxController(RegulatorySandbox sandbox) {
        this.sandbox = sandbox;
    }

    record StartBody(@Schema(description = "The jurisdiction whose parcels the run screens", example = "KZ") String jurisdiction,
            @Schema(description = "SHADOW (live traffic until stopped) or REPLAY (filed consignments of from..to)",
                    example = "SHADOW") String mode,
            @Schema(description = "The candidate risk profile document, in the layout of the bundled profile")
            JsonNode candidateProfile,
            @Schema(description = "A candidate model version to record beside the profile") String modelVersion,
            @Schema(description = "First filing date replayed, YYYY-MM-DD (REPLAY only)") String from,
            @Schema(description = "Last filing date replayed, YYYY-MM-DD (REPLAY only)") String to,
            @Schema(description = "Why the run is made, for the record") String reason) {

        StartSandboxRun request() {
            String document = candidateProfile == null || candidateProfile.isNull() ? null
                    : candidateProfile.isString() ? candidateProfile.stringValue() : candidateProfile.toString();
            return new StartSandboxRun(jurisdiction, mode, document, modelVersion, from, to, reason);
        }
    }

    @Operation(summary = "Start a sandbox run",
            description = "A candidate risk profile screens parcels beside production, recorded and never enforced: in "
                    + "SHADOW every parcel filed for the jurisdiction from now until the run is stopped; in REPLAY the "
                    + "consignments filed on the dates from..to (done when this answers). ADMIN only.")
    @ApiResponse(responseCode = "201", description = "The run")
    @ApiResponse(responseCode = "422", description = "A field is missing or wrong, named by its JSON pointer",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(ref = "#/components/schemas/" + ProblemAnswers.PROBLEM_SCHEMA)))
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    SandboxRun start(Caller caller, @RequestBody(required = false) StartBody body) {
        Roles.require(caller, Role.ADMIN);
        return sandbox.start(body == null ? null : body.request(), caller.clientId());
    }

    @Operation(summary = "The sandbox runs, newest first", description = "ADMIN only.")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    List<SandboxRun> runs(Caller caller) {
        Roles.require(caller, Role.ADMIN);
        return sandbox.runs();
    }

    @Operation(summary = "A run's candidate beside production",
            description = "Parcels, inspection and documentary rates, hit rate from the labels of parcels officers "
                    + "controlled (and how many inspections have none), duties found, the share released before "
                    + "arrival and officer hours, for production and for the candidate. ADMIN only.")
    @ApiResponse(responseCode = "404", description = "No such run",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(ref = "#/components/schemas/" + ProblemAnswers.PROBLEM_SCHEMA)))
    @GetMapping(path = "/{id}/report", produces = MediaType.APPLICATION_JSON_VALUE)
    SandboxReport report(Caller caller, @PathVariable UUID id) {
        Roles.require(caller, Role.ADMIN);
        return sandbox.report(id);
    }

    @Operation(summary = "Stop a shadow run", description = "It screens no more parcels; its report stays. ADMIN only.")
    @ApiResponse(responseCode = "409", description = "The run is not running (a replay, or stopped already)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(ref = "#/components/schemas/" + ProblemAnswers.PROBLEM_SCHEMA)))
    @PostMapping(path = "/{id}/stop", produces = MediaType.APPLICATION_JSON_VALUE)
    SandboxRun stop(Caller caller, @PathVariable UUID id) {
        Roles.require(caller, Role.ADMIN);
        return sandbox.stop(id, caller.clientId());
    }
}
