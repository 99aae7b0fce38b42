package org.caravan.filing;

import java.util.Optional;
import java.util.UUID;

/** The parties a filed consignment concerns: the courier that filed it and the platform it was sold on. */
public record ConsignmentParties(String trackingNumber, UUID courierPartyId, Optional<String> platformCode) {
}
