package org.caravan.filing;

import java.util.List;
import java.util.UUID;

/**
 * A chunk of a manifest's house consignments was stored, matched with their orders.
 * Published synchronously, inside the filing's transaction and once per chunk, so the
 * listeners that act on the consignments (assessment) commit with the filing or not at
 * all, and never read back what was just written: the consignments travel in the event.
 */
public record ConsignmentsFiled(UUID manifestId, String manifestRef, UUID courierPartyId,
        List<FiledConsignment> consignments, List<String> route) {

    /** {@code route} is the manifest's: the countries in order, from departure to arrival. */
    public ConsignmentsFiled {
        route = List.copyOf(route);
    }
}
