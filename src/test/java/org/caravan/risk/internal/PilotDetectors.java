package org.caravan.risk.internal;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.caravan.filing.FiledConsignment;
import org.caravan.reference.CountryCode;
import org.caravan.reference.ReferenceData;

/** The detectors and the bundled profile as Spring builds them, on reference data without Spring. */
public final class PilotDetectors {

    private PilotDetectors() {
    }

    /**
     * The detectors that need reference data only, and in place of those that learn from the
     * store's history (prices, recent parcels, labelled descriptions, a promoted model) one that
     * declares their names and finds nothing, as they find nothing in an empty store.
     */
    public static List<SignalDetector> of(ReferenceData reference) {
        Detectors detectors = new Detectors();
        return List.of(detectors.restrictedGoods(reference.nomenclature()), detectors.watchlistParties(reference.watchlist()),
                detectors.orderMismatch(), detectors.inconsistentValue(), detectors.implausibleMass(), NOTHING_LEARNED_YET);
    }

    static final SignalDetector NOTHING_LEARNED_YET = new SignalDetector() {

        @Override
        public void detect(FiledConsignment consignment, CountryCode jurisdiction, Consumer<RiskSignal> signals) {
        }

        @Override
        public Set<String> signals() {
            return Set.of("undervaluation", "splitting", "hs-plausibility", "model");
        }
    };

    public static ProfileVocabulary vocabulary(ReferenceData reference) {
        return new RiskSettings().profileVocabulary(of(reference), reference.nomenclature());
    }

    public static RiskProfile bundled(ReferenceData reference) {
        return RiskProfileFile.bundled(vocabulary(reference));
    }
}
