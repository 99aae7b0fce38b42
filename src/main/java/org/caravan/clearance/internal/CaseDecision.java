package org.caravan.clearance.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.caravan.clearance.ClearanceStatus;
import org.caravan.reference.Money;
import org.caravan.risk.RiskResult;

/**
 * The outcome of assessing one consignment for one jurisdiction: the status, any
 * amount due, the officer queue it waits in, and the assessment record to keep.
 */
public record CaseDecision(ClearanceStatus status, RiskResult risk, Map<String, Object> assessment,
        Optional<Money> amountDue, Optional<Queue> queue, List<String> holdReasons,
        Optional<Money> allowanceUsedAfter) {
}
