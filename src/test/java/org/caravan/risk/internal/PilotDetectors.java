package org.caravan.risk.internal;

import java.util.List;

import org.caravan.reference.ReferenceData;

/** The detectors and the bundled profile as Spring builds them, on reference data without Spring. */
public final class PilotDetectors {

    private PilotDetectors() {
    }

    public static List<SignalDetector> of(ReferenceData reference) {
        Detectors detectors = new Detectors();
        return List.of(detectors.restrictedGoods(reference.nomenclature()), detectors.watchlistParties(reference.watchlist()),
                detectors.orderMismatch(), detectors.inconsistentValue(), detectors.implausibleMass());
    }

    public static ProfileVocabulary vocabulary(ReferenceData reference) {
        return new RiskSettings().profileVocabulary(of(reference), reference.nomenclature());
    }

    public static RiskProfile bundled(ReferenceData reference) {
        return RiskProfileFile.bundled(vocabulary(reference));
    }
}
