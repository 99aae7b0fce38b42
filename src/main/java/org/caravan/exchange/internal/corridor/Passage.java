package org.caravan.exchange.internal.corridor;

import java.time.Instant;
import java.util.List;

/**
 * What this administration knows of a consignment crossing the corridor: its role on the
 * route, where it came from and goes next, where it stands, the filing as shared, and every
 * administration's result so far.
 */
public record Passage(String trackingNumber, Role role, List<String> route, String previous, String next, String status,
        CorridorMessage.SharedFiling filing, List<CorridorMessage.AdministrationResult> results, String courier,
        Instant createdAt) {

    public enum Role {
        /** The consignment was filed here, at the start of its route. */
        ORIGIN,
        /** It crosses this country on its way. */
        TRANSIT,
        /** It is cleared for import here. */
        DESTINATION
    }
}
