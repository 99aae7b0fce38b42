package org.caravan.risk.internal.sandbox;

import java.util.Optional;

import org.caravan.risk.CompiledRiskProfile;
import org.caravan.risk.ProfileFormat;
import org.caravan.risk.RiskScreening;
import org.caravan.risk.SandboxRun;
import org.caravan.risk.internal.ParcelSelection;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Builds the screenings a run compares: its candidate's, and production's for a replay. */
@Component
class Candidates {

    private final RiskScreening screening;
    private final CandidateModels models;
    private final ParcelSelection productionSelection;

    /** Lazy: production screening tells the shadow runs what it screened, and they screen through it. */
    Candidates(@Lazy RiskScreening screening, CandidateModels models, ParcelSelection productionSelection) {
        this.screening = screening;
        this.models = models;
        this.productionSelection = productionSelection;
    }

    /**
     * Reads a candidate document, YAML or JSON (told by its first character, as a JSON
     * document opens with a brace); throws RefusedRiskProfile naming its line and field.
     */
    CompiledRiskProfile profile(String document) {
        ProfileFormat format = document.stripLeading().startsWith("{") ? ProfileFormat.JSON : ProfileFormat.YAML;
        return screening.compile(document, format);
    }

    boolean knowsModel(String version) {
        return models.scoring(version).isPresent();
    }

    Candidate candidate(SandboxRun run, String document) {
        return new Candidate(run.id(), run.jurisdiction(), screening, Optional.of(profile(document)),
                productionSelection.fresh(), run.modelVersion().flatMap(models::scoring));
    }

    /**
     * Production as it stands, with selection windows of its own: a replay must not move the
     * live threshold. Random draws are production's own, the draw depends on the parcel alone.
     */
    Candidate production(SandboxRun run) {
        return new Candidate(run.id(), run.jurisdiction(), screening, Optional.empty(), productionSelection.fresh(),
                Optional.empty());
    }
}
