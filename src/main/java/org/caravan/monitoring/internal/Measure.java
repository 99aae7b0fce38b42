package org.caravan.monitoring.internal;

/** The names of the measures in {@code monitoring_rollup}; definitions in docs/monitoring.md. */
final class Measure {

    static final String DECIDED = "decided";
    static final String RELEASED = "released";
    static final String RELEASED_BEFORE_ARRIVAL = "released_before_arrival";
    /** Followed by the selection kind: MANDATORY, TARGETED, RANDOM (or NONE). */
    static final String INSPECTION_SELECTED = "inspection_selected.";
    static final String INSPECTION_COMPLETED = "inspection_completed.";
    static final String INSPECTION_HIT = "inspection_hit.";
    static final String FILING_TO_RELEASE = "filing_to_release_ms";
    static final String ARRIVAL_TO_RELEASE = "arrival_to_release_ms";
    static final String DUTIES_ASSESSED = "duties_assessed";
    static final String DUTIES_COLLECTED = "duties_collected";

    private Measure() {
    }
}
