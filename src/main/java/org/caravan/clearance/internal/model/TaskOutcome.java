package org.caravan.clearance.internal.model;

/** What an officer found. */
public enum TaskOutcome {
    /** Inspection found nothing wrong: the declaration stands. */
    NO_FINDINGS,
    /** The documents asked for were provided and are in order. */
    DOCUMENTS_ACCEPTED,
    /** The value or goods differ from the declaration: reassessed on what was found. */
    IRREGULARITY,
    /** The goods may not be imported. */
    PROHIBITED_GOODS
}
