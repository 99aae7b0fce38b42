package org.caravan.tracking.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.caravan.clearance.ClearanceStatus;
import org.caravan.clearance.ClearanceStatusChanged;
import org.caravan.clearance.ConsignmentsDecided;
import org.caravan.tracking.internal.store.Timeline;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes tracking events in the same transaction as the clearance decision that causes
 * them, so a consumer never sees a status customs have not recorded, nor misses one.
 *
 * <p>The anonymous timeline never says that a parcel was selected for inspection: told
 * before arrival, that tells a smuggler which parcel to divert. The selection is masked
 * here, when the entry is written, rather than when the timeline is read: the consumer
 * table then never holds it, so no later reader (another view, an export, a webhook) can
 * reveal it, and nothing has to know at read time whether the parcel had arrived yet.
 * Customs keep the selection in the case's own audit trail.
 */
@Component
class TimelineRecorder {

    static final String PRE_ADVISED = "PRE_ADVISED";
    private static final String PRE_ADVISED_TEXT = "The courier sent the parcel's details to customs ahead of arrival.";
    static final String HELD_BY_CUSTOMS = "HELD_BY_CUSTOMS";
    private static final String HELD_BEFORE_ARRIVAL = "Held by customs for checks; the parcel will be processed when it arrives.";
    private static final String HELD_AT_THE_BORDER = "Held by customs for checks at the border customs office.";

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
            entries.add(consumerEntry(d.trackingNumber(), d.decidedAt(), d.status(), HELD_BEFORE_ARRIVAL, d.jurisdiction()));
        }
        timeline.appendAll(entries);
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
            entries.add(consumerEntry(changed.trackingNumber(), changed.occurredAt(), changed.status(), HELD_AT_THE_BORDER,
                    changed.jurisdiction()));
        }
        timeline.appendAll(entries);
    }

    private static Timeline.Entry consumerEntry(String trackingNumber, Instant at, ClearanceStatus status, String heldText,
            String jurisdiction) {
        return status == ClearanceStatus.SELECTED_FOR_INSPECTION
                ? new Timeline.Entry(trackingNumber, at, HELD_BY_CUSTOMS, heldText, Optional.of(jurisdiction))
                : new Timeline.Entry(trackingNumber, at, status.name(), status.explanation(), Optional.of(jurisdiction));
    }
}
