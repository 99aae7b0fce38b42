package org.caravan.risk.internal.sandbox;

import java.util.ArrayList;
import java.util.List;

import org.caravan.risk.SandboxRun;
import org.caravan.risk.internal.CandidateRules;
import org.caravan.risk.internal.ParcelSelection;
import org.caravan.risk.internal.ProfileDocuments;
import org.caravan.risk.internal.RiskProfile;
import org.caravan.risk.internal.RiskRule;
import org.springframework.stereotype.Component;

/** Builds the screenings a run compares: its candidate's, and production's for a replay. */
@Component
class Candidates {

    private final ProfileDocuments documents;
    private final CandidateRules candidateRules;
    private final CandidateModels models;
    private final List<RiskRule> productionRules;
    private final RiskProfile productionProfile;
    private final ParcelSelection productionSelection;

    Candidates(ProfileDocuments documents, CandidateRules candidateRules, CandidateModels models,
            List<RiskRule> productionRules, RiskProfile productionProfile, ParcelSelection productionSelection) {
        this.documents = documents;
        this.candidateRules = candidateRules;
        this.models = models;
        this.productionRules = List.copyOf(productionRules);
        this.productionProfile = productionProfile;
        this.productionSelection = productionSelection;
    }

    /** Throws InvalidRiskProfile, naming the setting, when the document is not a profile. */
    RiskProfile profile(String document) {
        return documents.read(document);
    }

    Candidate candidate(SandboxRun run, String document) {
        RiskProfile profile = documents.read(document);
        List<RiskRule> rules = new ArrayList<>(candidateRules.of(profile));
        var model = run.modelVersion().flatMap(models::scoring);
        model.ifPresent(rules::add);
        return new Candidate(run.id(), run.jurisdiction(), rules, productionSelection.fresh(profile), model.isPresent());
    }

    /**
     * Production as it stands, with selection windows of its own: a replay must not move the
     * live threshold. Random draws are production's own, the draw depends on the parcel alone.
     */
    Candidate production(SandboxRun run) {
        return new Candidate(run.id(), run.jurisdiction(), productionRules, productionSelection.fresh(productionProfile),
                false);
    }
}
