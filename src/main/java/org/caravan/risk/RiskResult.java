package org.caravan.risk;

import java.util.List;
import java.util.Optional;

/** The outcome of risk screening: a lane, the total score and every reason. */
public record RiskResult(Lane lane, int score, List<RiskReason> reasons) {

    /** The documents the reasons ask for, each once, in the order the reasons came. */
    public List<RequestedDocument> documentRequests() {
        return reasons.stream().map(RiskReason::requestDocument).flatMap(Optional::stream).distinct().toList();
    }
}
