package org.caravan.risk.internal.sandbox;

import java.util.Optional;

import org.caravan.risk.internal.SignalDetector;
import org.caravan.risk.internal.learning.ParcelModels;
import org.springframework.stereotype.Component;

/** Candidate models are the versions in the model store, production or not. */
@Component
class StoredModels implements CandidateModels {

    private final ParcelModels models;

    StoredModels(ParcelModels models) {
        this.models = models;
    }

    @Override
    public Optional<SignalDetector> scoring(String version) {
        return models.candidate(version);
    }
}
