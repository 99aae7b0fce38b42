package org.caravan.tracking.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.caravan.common.NotFound;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The consumer's view: the status timeline, nothing personal. Open without a token. */
@RestController
class TrackingController {

    private final Timeline timeline;

    TrackingController(Timeline timeline) {
        this.timeline = timeline;
    }

    @GetMapping(path = "/api/v1/tracking/{trackingNumber}", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> track(@PathVariable String trackingNumber) {
        List<Timeline.Entry> entries = timeline.of(trackingNumber);
        if (entries.isEmpty()) {
            throw new NotFound("No tracking information for " + trackingNumber + " yet");
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("trackingNumber", trackingNumber);
        Timeline.Entry last = entries.get(entries.size() - 1);
        view.put("status", last.status());
        view.put("explanation", last.explanation());
        view.put("timeline", entries.stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("at", e.occurredAt().toString());
            m.put("status", e.status());
            m.put("explanation", e.explanation());
            e.jurisdiction().ifPresent(j -> m.put("jurisdiction", j));
            return m;
        }).toList());
        return view;
    }
}
