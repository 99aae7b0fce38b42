package org.caravan.risk;

import java.util.List;

/** The outcome of risk screening: a lane, the total score and every reason. */
public record RiskResult(Lane lane, int score, List<RiskReason> reasons) {
}
