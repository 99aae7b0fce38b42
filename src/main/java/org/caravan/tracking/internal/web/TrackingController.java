package org.caravan.tracking.internal.web;

import java.util.List;

import org.caravan.common.NotFound;
import org.caravan.tracking.internal.ConsumerTimeline;
import org.caravan.tracking.internal.store.Timeline;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** The consumer's view: the status timeline, nothing personal. Open without a token. */
@RestController
class TrackingController {

    private final ConsumerTimeline timeline;

    TrackingController(ConsumerTimeline timeline) {
        this.timeline = timeline;
    }

    @Operation(summary = "A parcel's status timeline for the consumer", description = "Open without a token; "
            + "before arrival a parcel selected for checks shows only as held by customs.")
    @ApiResponse(responseCode = "200", description = "The timeline, oldest event first")
    @GetMapping(path = "/api/v1/tracking/{trackingNumber}", produces = MediaType.APPLICATION_JSON_VALUE)
    TrackingView track(@PathVariable String trackingNumber) {
        List<Timeline.Entry> entries = timeline.of(trackingNumber);
        if (entries.isEmpty()) {
            throw new NotFound("No tracking information for " + trackingNumber + " yet");
        }
        return TrackingView.of(trackingNumber, entries);
    }
}
