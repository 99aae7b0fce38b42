package org.caravan.risk.internal.sandbox;

import java.util.Optional;

import org.caravan.risk.internal.RiskRule;

/**
 * Scores a candidate's model version beside its profile: the model's contributions come back
 * as reasons, as a rule's do. Models are not scored in the sandbox yet; a run keeps its
 * version, and its report says the model was not scored.
 */
interface CandidateModels {

    /** The model version's scoring as a rule, when this installation can score it. */
    Optional<RiskRule> scoring(String version);
}
