package org.caravan.risk;

import java.time.Instant;

/**
 * One version of a jurisdiction's risk profile as loaded: the document itself, who loaded
 * it, when and why. {@code ACTIVE} is the newest; older versions are {@code SUPERSEDED}.
 */
public record ProfileVersion(String jurisdiction, int version, String profileId, ProfileFormat format, String document,
        Instant loadedAt, String loadedBy, String reason, Status status) {

    public enum Status {
        ACTIVE,
        SUPERSEDED
    }
}
