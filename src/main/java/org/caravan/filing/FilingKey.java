package org.caravan.filing;

import java.util.UUID;

import org.caravan.reference.CountryCode;

/** What routes a filed consignment to its assessment: its id, tracking number and destination. */
public record FilingKey(UUID consignmentId, String trackingNumber, CountryCode destination) {
}
