package org.caravan.interchange.internal.edifact;

/**
 * What one interchange may hold, so no input can take unbounded memory or time: the
 * schemas bound each known element; these bound everything else, unknown segments included.
 */
public record EdifactLimits(long maxSegments, int maxElementLength, int maxElementsPerSegment,
        int maxComponentsPerElement, int maxFaults) {

    /** Enough for a manifest of a million house consignments at about 15 segments each. */
    public static final EdifactLimits DEFAULT = new EdifactLimits(20_000_000L, 512, 99, 99, 100);
}
