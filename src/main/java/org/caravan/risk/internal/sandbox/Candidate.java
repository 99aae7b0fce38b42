package org.caravan.risk.internal.sandbox;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.caravan.filing.FiledConsignment;
import org.caravan.reference.CountryCode;
import org.caravan.risk.CompiledRiskProfile;
import org.caravan.risk.RiskResult;
import org.caravan.risk.RiskScreening;
import org.caravan.risk.internal.ParcelSelection;
import org.caravan.risk.internal.SignalDetector;

/**
 * A run's screening: its profile (the candidate's, or for production in a replay the one in
 * force), its model's scoring when it names one, and a selection with windows of its own,
 * so nothing it sees moves production.
 */
final class Candidate {

    private final UUID runId;
    private final CountryCode jurisdiction;
    private final RiskScreening screening;
    private final Optional<CompiledRiskProfile> profile;
    private final ParcelSelection selection;
    private final Optional<SignalDetector> model;

    Candidate(UUID runId, CountryCode jurisdiction, RiskScreening screening, Optional<CompiledRiskProfile> profile,
            ParcelSelection selection, Optional<SignalDetector> model) {
        this.runId = runId;
        this.jurisdiction = jurisdiction;
        this.screening = screening;
        this.profile = profile;
        this.selection = selection;
        this.model = model;
    }

    UUID runId() {
        return runId;
    }

    CountryCode jurisdiction() {
        return jurisdiction;
    }

    RiskResult screen(FiledConsignment consignment, Predicate<FiledConsignment.Item> permitted) {
        return screening.screenAside(consignment, jurisdiction, permitted, profile, selection, model);
    }
}
