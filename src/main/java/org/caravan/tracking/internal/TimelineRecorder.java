package org.caravan.tracking.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.caravan.clearance.ClearanceStatusChanged;
import org.caravan.clearance.ConsignmentsDecided;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes tracking events in the same transaction as the clearance decision that causes
 * them, so a consumer never sees a status customs have not recorded, nor misses one.
 */
@Component
class TimelineRecorder {

    static final String PRE_ADVISED = "PRE_ADVISED";
    private static final String PRE_ADVISED_TEXT = "The courier sent the parcel's details to customs ahead of arrival.";

    private final Timeline timeline;

    TimelineRecorder(Timeline timeline) {
        this.timeline = timeline;
    }

    @EventListener
    void on(ConsignmentsDecided decided) {
        List<Timeline.Entry> entries = new ArrayList<>(decided.decisions().size() * 2);
        for (ConsignmentsDecided.Decision d : decided.decisions()) {
            entries.add(new Timeline.Entry(d.trackingNumber(), d.filedAt(), PRE_ADVISED, PRE_ADVISED_TEXT,
                    Optional.of(d.jurisdiction())));
            entries.add(new Timeline.Entry(d.trackingNumber(), d.decidedAt(), d.status().name(), d.status().explanation(),
                    Optional.of(d.jurisdiction())));
        }
        timeline.appendAll(entries);
    }

    @EventListener
    void on(ClearanceStatusChanged changed) {
        List<Timeline.Entry> entries = new ArrayList<>(2);
        if ("ARRIVED".equals(changed.event())) {
            entries.add(new Timeline.Entry(changed.trackingNumber(), changed.occurredAt(), "ARRIVED",
                    "The parcel arrived at the border customs office.", Optional.of(changed.jurisdiction())));
        }
        if (!"ARRIVED".equals(changed.event()) || changed.status().isFinal()) {
            entries.add(new Timeline.Entry(changed.trackingNumber(), changed.occurredAt(), changed.status().name(),
                    changed.status().explanation(), Optional.of(changed.jurisdiction())));
        }
        timeline.appendAll(entries);
    }
}
