package org.caravan.risk;

/**
 * Why a consignment was selected for control, so inspection results can be read without
 * bias: only randomly selected parcels measure the compliance of the whole flow.
 */
public enum Selection {
    /** Not selected. */
    NONE,
    /** A rule or signal that always asks for control (prohibited goods, a watchlist hit). */
    MANDATORY,
    /** Within the jurisdiction's inspection budget, by score. */
    TARGETED,
    /** Drawn at random from parcels that would otherwise go green. */
    RANDOM
}
