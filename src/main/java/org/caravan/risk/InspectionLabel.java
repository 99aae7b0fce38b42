package org.caravan.risk;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.caravan.reference.CountryCode;
import org.caravan.reference.Money;

/**
 * What an officer's control found in one consignment: the label risk models learn from
 * and a sandbox measures candidates against.
 *
 * @param selectedAs why the consignment was controlled
 * @param irregular whether the control found an irregularity or prohibited goods
 * @param dutiesFound duties and taxes the control added, when it found any
 */
public record InspectionLabel(UUID consignmentId, CountryCode jurisdiction, String trackingNumber, Selection selectedAs,
        boolean irregular, Optional<Money> dutiesFound, Instant concludedAt) {
}
