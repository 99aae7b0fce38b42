package org.caravan.tracking.internal.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;

import org.caravan.common.Violations;
import org.caravan.common.web.ProblemAnswers;
import org.caravan.party.Caller;
import org.caravan.party.Role;
import org.caravan.party.Roles;
import org.caravan.tracking.FinalMileEventType;
import org.caravan.tracking.internal.ReportFinalMileEvent;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.AdditionalPropertiesValue;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** The filing courier reports a released parcel's last mile: out for delivery, delivered, refused, returned. */
@RestController
class FinalMileController {

    private static final int MAX_LOCATION = 100;

    private final ReportFinalMileEvent report;

    FinalMileController(ReportFinalMileEvent report) {
        this.report = report;
    }

    /** The courier's report as sent; every field is checked here so a bad one is named. */
    @Schema(name = "FinalMileEvent", additionalProperties = AdditionalPropertiesValue.FALSE)
    record FinalMileEventRequest(
            @Schema(requiredMode = REQUIRED, allowableValues = {"OUT_FOR_DELIVERY", "DELIVERED", "REFUSED", "RETURNED"}) String type,
            @Schema(requiredMode = REQUIRED, description = "When it happened, ISO 8601 UTC", example = "2026-11-23T09:30:00Z") String occurredAt,
            @Schema(description = "Where it happened, free text or UN/LOCODE", example = "KZALA") String location) {
    }

    @Schema(name = "FinalMileEventRecorded", additionalProperties = AdditionalPropertiesValue.FALSE)
    record FinalMileEventRecorded(
            @Schema(requiredMode = REQUIRED) String trackingNumber,
            @Schema(requiredMode = REQUIRED) String type,
            @Schema(requiredMode = REQUIRED, description = "IFTSTA status code (STS 4405)", example = "DLV") String code,
            @Schema(requiredMode = REQUIRED) Instant occurredAt,
            @Schema(requiredMode = REQUIRED, description = "False when the same report (type and time) was already recorded") boolean recorded,
            @Schema(requiredMode = REQUIRED, description = "Where the parcel's last mile stands after this report", example = "DELIVERED") String state) {
    }

    @Operation(summary = "Report a final-mile event of a released parcel",
            description = "Only the courier that filed the parcel (others get 404), only after customs released it "
                    + "at the border (409 not-released). Reports may arrive late or out of order: they are ordered by "
                    + "occurredAt; after a delivery only a return may follow, and nothing follows a return (409 "
                    + "final-mile-refused). The same report twice answers 200 with recorded false. A return gives the "
                    + "recipient back the allowance the parcel used and records the duties assessed as refundable.")
    @ApiResponse(responseCode = "201", description = "Recorded")
    @ApiResponse(responseCode = "200", description = "The same report was already recorded; nothing changed")
    @ApiResponse(responseCode = "409", description = "Not released, or the final-mile rules refuse the report",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(ref = "#/components/schemas/" + ProblemAnswers.PROBLEM_SCHEMA)))
    @PostMapping(path = "/api/v1/consignments/{trackingNumber}/events", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<FinalMileEventRecorded> report(Caller caller, @PathVariable String trackingNumber,
            @RequestBody FinalMileEventRequest body) {
        Roles.requireDeclarant(caller, Role.ADMIN);
        Violations v = new Violations();
        FinalMileEventType type = null;
        Instant at = null;
        Optional<String> location = Optional.empty();
        if (v.required("/type", body.type())) {
            type = Arrays.stream(FinalMileEventType.values()).filter(t -> t.name().equals(body.type())).findFirst()
                    .orElse(null);
            if (type == null) {
                v.add("/type", "unknown-event-type", "type is one of OUT_FOR_DELIVERY, DELIVERED, REFUSED, RETURNED");
            }
        }
        if (v.required("/occurredAt", body.occurredAt())) {
            try {
                at = Instant.parse(body.occurredAt()).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
                if (at.isAfter(Instant.now().plusSeconds(300))) {
                    v.add("/occurredAt", "in-the-future", "occurredAt is not later than now");
                }
            } catch (DateTimeParseException e) {
                v.add("/occurredAt", "not-a-time", "occurredAt is an ISO 8601 UTC time such as 2026-11-23T09:30:00Z");
            }
        }
        if (body.location() != null && !body.location().isBlank() && v.maxLength("/location", body.location(), MAX_LOCATION)) {
            location = Optional.of(body.location().trim());
        }
        v.throwIfAny();
        ReportFinalMileEvent.Outcome outcome = report.report(caller, trackingNumber, type, at, location);
        return ResponseEntity.status(outcome.recorded() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new FinalMileEventRecorded(trackingNumber, type.name(), type.statusCode(), at, outcome.recorded(),
                        outcome.state().name()));
    }
}
