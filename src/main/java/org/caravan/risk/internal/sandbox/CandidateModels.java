package org.caravan.risk.internal.sandbox;

import java.util.Optional;

import org.caravan.risk.internal.SignalDetector;

/**
 * Scores a candidate's model version beside its profile: its signal replaces the production
 * model's, and the candidate profile weighs it.
 */
interface CandidateModels {

    /** The model version's detector, when this installation holds that version. */
    Optional<SignalDetector> scoring(String version);
}
