package org.caravan.clearance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.caravan.reference.ChargeKind;
import org.caravan.reference.Money;
import org.caravan.reference.Payer;

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
            String amountCurrency, List<DueLine> lines) {

        public Standing(String jurisdiction, ClearanceStatus status, Instant arrivedAt, BigDecimal amountDue,
                String amountCurrency) {
            this(jurisdiction, status, arrivedAt, amountDue, amountCurrency, List.of());
        }

        /** Released for delivery: the goods are past the border office and free to go. */
        public boolean releasedForDelivery() {
            return status == ClearanceStatus.RELEASED;
        }
    }

    /** One line of what the recipient owes, with what a plain-language sentence needs (see {@code ChargeWords}). */
    record DueLine(ChargeKind kind, String name, Payer payer, Money base, Optional<BigDecimal> ratePercent,
            Optional<Money> perKg, Optional<BigDecimal> massKg, boolean minimumApplied, Money due, String legalBasis) {
    }

    /** Empty when customs know nothing of the parcel. */
    List<Standing> of(String trackingNumber);
}
