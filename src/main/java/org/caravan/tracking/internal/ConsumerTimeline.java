package org.caravan.tracking.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.caravan.clearance.ClearanceStatus;
import org.caravan.clearance.PreArrivalDecisions;
import org.caravan.tracking.internal.store.Timeline;
import org.springframework.stereotype.Component;

/**
 * A parcel's timeline for the consumer: the entries of its pre-arrival decisions, read from
 * the decisions themselves so a manifest does not write them again per parcel, followed by
 * the events stored since (arrival, results, release).
 *
 * <p>The anonymous timeline never says that a parcel was selected for inspection: told
 * before arrival, that tells a smuggler which parcel to divert. Every entry, derived or
 * stored, passes {@link #consumerEntry} before anyone sees it, and the stored ones already
 * hold the masked text, so no later reader (an export, a webhook) can reveal it either.
 * Customs keep the selection in the case's own audit trail.
 */
@Component
public class ConsumerTimeline {

    public static final String PRE_ADVISED = "PRE_ADVISED";
    private static final String PRE_ADVISED_TEXT = "The courier sent the parcel's details to customs ahead of arrival.";
    public static final String HELD_BY_CUSTOMS = "HELD_BY_CUSTOMS";
    static final String HELD_BEFORE_ARRIVAL = "Held by customs for checks; the parcel will be processed when it arrives.";
    static final String HELD_AT_THE_BORDER = "Held by customs for checks at the border customs office.";

    private final PreArrivalDecisions decisions;
    private final Timeline stored;

    ConsumerTimeline(PreArrivalDecisions decisions, Timeline stored) {
        this.decisions = decisions;
        this.stored = stored;
    }

    /** Oldest first; empty when customs know nothing of the parcel yet. */
    public List<Timeline.Entry> of(String trackingNumber) {
        List<Timeline.Entry> entries = new ArrayList<>();
        List<PreArrivalDecisions.Decided> decided = decisions.of(trackingNumber);
        decided.stream().map(PreArrivalDecisions.Decided::filedAt).min(Comparator.naturalOrder()).ifPresent(filedAt ->
                entries.add(new Timeline.Entry(trackingNumber, filedAt, PRE_ADVISED, PRE_ADVISED_TEXT,
                        Optional.of(decided.get(0).jurisdiction()))));
        decided.forEach(d -> entries.add(consumerEntry(trackingNumber, d.decidedAt(), d.status(), HELD_BEFORE_ARRIVAL,
                d.jurisdiction())));
        entries.addAll(stored.of(trackingNumber));
        // stable: at equal times the decision stays before what followed it
        entries.sort(Comparator.comparing(Timeline.Entry::occurredAt));
        return entries;
    }

    static Timeline.Entry consumerEntry(String trackingNumber, Instant at, ClearanceStatus status, String heldText,
            String jurisdiction) {
        return status == ClearanceStatus.SELECTED_FOR_INSPECTION
                ? new Timeline.Entry(trackingNumber, at, HELD_BY_CUSTOMS, heldText, Optional.of(jurisdiction))
                : new Timeline.Entry(trackingNumber, at, status.name(), status.explanation(), Optional.of(jurisdiction));
    }
}
