package org.caravan.reference;

/** How well a rule is sourced; shown beside every assessment so users see what rests on weak ground. */
public enum Confidence {
    HIGH, MEDIUM, LOW
}
