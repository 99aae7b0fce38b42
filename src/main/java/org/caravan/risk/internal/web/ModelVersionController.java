package org.caravan.risk.internal.web;

import java.time.Instant;
import java.util.List;

import org.caravan.common.Violations;
import org.caravan.party.Caller;
import org.caravan.party.Role;
import org.caravan.party.Roles;
import org.caravan.risk.ModelMetrics;
import org.caravan.risk.ModelVersion;
import org.caravan.risk.RiskModels;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** Risk model versions and their promotion, for administrators. */
@RestController
@RequestMapping("/api/v1/risk/models")
class ModelVersionController {

    private final RiskModels models;

    ModelVersionController(RiskModels models) {
        this.models = models;
    }

    record VersionView(String version, String jurisdiction, String kind, Instant createdAt, String createdBy,
            String trainingData, ModelMetrics metrics, String status, Instant promotedAt, String promotedBy,
            String promotionReason) {

        static VersionView of(ModelVersion v) {
            return new VersionView(v.version(), v.jurisdiction().value(), v.kind(), v.createdAt(), v.createdBy(),
                    v.trainingData(), v.metrics(), v.status().name(), v.promotedAt().orElse(null),
                    v.promotedBy().orElse(null), v.promotionReason().orElse(null));
        }
    }

    record VersionsResponse(List<VersionView> models) {
    }

    record PromotionBody(String reason) {
    }

    @Operation(summary = "List risk model versions, newest first", description = "Each version with its training data, "
            + "held-out figures and status (CANDIDATE, PRODUCTION, RETIRED). ADMIN only.")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    VersionsResponse list(Caller caller) {
        Roles.require(caller, Role.ADMIN);
        return new VersionsResponse(models.versions().stream().map(VersionView::of).toList());
    }

    @Operation(summary = "Promote a model version to production", description = "The jurisdiction's production version "
            + "becomes RETIRED; the caller, time and reason are recorded. ADMIN only.")
    @PostMapping(path = "/{version}/promotion", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    VersionView promote(Caller caller, @PathVariable String version, @RequestBody PromotionBody body) {
        Roles.require(caller, Role.ADMIN);
        Violations v = new Violations();
        if (body == null) {
            v.add("", "required", "the body must be a JSON object");
            v.throwIfAny();
        }
        v.required("/reason", body.reason() == null || body.reason().isBlank() ? null : body.reason());
        v.throwIfAny();
        return VersionView.of(models.promote(version, caller.clientId(), body.reason()));
    }
}
