package org.caravan.risk;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of risk screening: a lane, the total score, every reason and why the
 * consignment was selected for control, if it was.
 */
public record RiskResult(Lane lane, int score, List<RiskReason> reasons, Selection selection) {

    /** How many reasons a selection carries for the officer and for learning from its result. */
    public static final int TOP_REASONS = 3;

    private static final Comparator<RiskReason> WEIGHTIEST = Comparator.comparingInt(RiskReason::score).reversed()
            .thenComparing(RiskReason::atLeast, Comparator.reverseOrder());

    /** A result without a recorded selection, as screened before selection was recorded. */
    public RiskResult(Lane lane, int score, List<RiskReason> reasons) {
        this(lane, score, reasons, Selection.NONE);
    }

    /** The documents the reasons ask for, each once, in the order the reasons came. */
    public List<RequestedDocument> documentRequests() {
        return reasons.stream().map(RiskReason::requestDocument).flatMap(Optional::stream).distinct().toList();
    }

    /**
     * The reasons that weigh most, heaviest first: the largest scores (a model's largest
     * contributions are reasons like any rule's), then the strictest lane asked. Reasons that
     * neither score nor ask for a lane (a valid permit) explain nothing about a selection.
     */
    public List<RiskReason> topReasons() {
        return reasons.stream().filter(r -> r.score() > 0 || r.atLeast() != Lane.GREEN).sorted(WEIGHTIEST)
                .limit(TOP_REASONS).toList();
    }
}
