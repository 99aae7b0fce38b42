package org.caravan.clearance.internal.model;

import java.util.Optional;

import org.caravan.clearance.ClearanceStatus;
import org.caravan.reference.Allowance;
import org.caravan.reference.Money;
import org.caravan.risk.Lane;
import org.caravan.risk.RiskResult;

/**
 * The pre-arrival decision on one consignment: selectivity first (a red lane is inspected,
 * a yellow one checked on documents), then anything that holds the case for an officer,
 * then what is due. What remains is released before arrival.
 */
public record Decision(ClearanceStatus status, Optional<Queue> queue, RiskResult risk, Assessment assessment) {

    public static Decision of(RiskResult risk, Assessment assessment) {
        if (risk.lane() == Lane.RED) {
            return new Decision(ClearanceStatus.SELECTED_FOR_INSPECTION, Optional.of(Queue.INSPECTION), risk, assessment);
        }
        if (risk.lane() == Lane.YELLOW || !assessment.holds().isEmpty()) {
            return new Decision(ClearanceStatus.HELD_FOR_DOCUMENTS, Optional.of(Queue.DOCUMENTS), risk, assessment);
        }
        if (assessment.amountDue().isPresent()) {
            return new Decision(ClearanceStatus.PAYMENT_REQUIRED, Optional.empty(), risk, assessment);
        }
        return new Decision(ClearanceStatus.RELEASED_PRE_ARRIVAL, Optional.empty(), risk, assessment);
    }

    /** What the recipient's month or the seller's conveyance has used after this consignment, when the regime counts it. */
    public Optional<Money> allowanceUsedAfter() {
        return assessment.allowance().filter(a -> a.basis() != Allowance.Basis.PER_CONSIGNMENT)
                .map(AllowanceUse::usedAfter);
    }
}
