package org.caravan.risk;

/** The selectivity lane of a consignment. */
public enum Lane {
    /** No risk found: release on the assessment alone. */
    GREEN,
    /** Documentary check: an officer reviews documents before release. */
    YELLOW,
    /** Physical inspection on arrival. */
    RED
}
