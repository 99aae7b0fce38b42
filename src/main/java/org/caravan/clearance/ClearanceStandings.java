package org.caravan.clearance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Where a parcel's clearance stands now, per jurisdiction: what tracking tells the consumer
 * (the amount due) and what decides whether the courier may report delivery (release).
 */
public interface ClearanceStandings {

    /**
     * One case. {@code arrivedAt} is null until the courier reports arrival; {@code amountDue}
     * (rounded to the currency's minor unit) and {@code amountCurrency} are both null when
     * nothing is due.
     */
    record Standing(String jurisdiction, ClearanceStatus status, Instant arrivedAt, BigDecimal amountDue,
            String amountCurrency) {

        /** Released for delivery: the goods are past the border office and free to go. */
        public boolean releasedForDelivery() {
            return status == ClearanceStatus.RELEASED;
        }
    }

    /** Empty when customs know nothing of the parcel. */
    List<Standing> of(String trackingNumber);
}
