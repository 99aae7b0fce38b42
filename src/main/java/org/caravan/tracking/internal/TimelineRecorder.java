package org.caravan.tracking.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.caravan.clearance.ClearanceStatusChanged;
import org.caravan.tracking.internal.store.Timeline;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the tracking events that follow a parcel's pre-arrival decision (arrival, results,
 * release) in the same transaction as the clearance change that causes them, so a consumer
 * never sees a status customs have not recorded, nor misses one. The decision itself is
 * read from the case ({@link ConsumerTimeline}). A selection for inspection is stored
 * already masked as a customs hold.
 */
@Component
class TimelineRecorder {

    private final Timeline timeline;

    TimelineRecorder(Timeline timeline) {
        this.timeline = timeline;
    }

    @EventListener
    void on(ClearanceStatusChanged changed) {
        List<Timeline.Entry> entries = new ArrayList<>(2);
        boolean arrival = changed.cause() == ClearanceStatusChanged.Cause.ARRIVED;
        if (arrival) {
            entries.add(new Timeline.Entry(changed.trackingNumber(), changed.occurredAt(), "ARRIVED",
                    "The parcel arrived at the border customs office.", Optional.of(changed.jurisdiction())));
        }
        if (!arrival || changed.status().isFinal()) {
            // Arrival and task results follow arrival, so a selection now is a hold at the border.
            entries.add(ConsumerTimeline.consumerEntry(changed.trackingNumber(), changed.occurredAt(), changed.status(),
                    ConsumerTimeline.HELD_AT_THE_BORDER, changed.jurisdiction()));
        }
        timeline.appendAll(entries);
    }
}
