package org.caravan.tracking.internal.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.Instant;
import java.util.List;

import org.caravan.tracking.internal.store.Timeline;

import io.swagger.v3.oas.annotations.media.Schema.AdditionalPropertiesValue;
import io.swagger.v3.oas.annotations.media.Schema;

/** The consumer's view of a parcel: where it stands, in plain language, and how it got there. */
@Schema(additionalProperties = AdditionalPropertiesValue.FALSE)
record TrackingView(
        @Schema(requiredMode = REQUIRED) String trackingNumber,
        @Schema(requiredMode = REQUIRED, description = "The latest status", example = "RELEASED") String status,
        @Schema(requiredMode = REQUIRED) String explanation,
        @Schema(requiredMode = REQUIRED) List<Event> timeline) {

    static TrackingView of(String trackingNumber, List<Timeline.Entry> entries) {
        Timeline.Entry last = entries.get(entries.size() - 1);
        return new TrackingView(trackingNumber, last.status(), last.explanation(), entries.stream()
                .map(e -> new Event(e.occurredAt(), e.status(), e.explanation(), e.jurisdiction().orElse(null)))
                .toList());
    }

    @Schema(name = "TrackingEvent", additionalProperties = AdditionalPropertiesValue.FALSE)
    record Event(
            @Schema(requiredMode = REQUIRED) Instant at,
            @Schema(requiredMode = REQUIRED) String status,
            @Schema(requiredMode = REQUIRED) String explanation,
            @Schema(description = "The country whose customs recorded the event", example = "KZ") String jurisdiction) {
    }
}
