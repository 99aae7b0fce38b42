package org.caravan.risk.internal.sandbox;

import java.util.Optional;

import org.caravan.risk.internal.SignalDetector;
import org.springframework.stereotype.Component;

/** No model version can be scored yet: candidates are screened on their profile alone. */
@Component
class UnscoredModels implements CandidateModels {

    @Override
    public Optional<SignalDetector> scoring(String version) {
        return Optional.empty();
    }
}
