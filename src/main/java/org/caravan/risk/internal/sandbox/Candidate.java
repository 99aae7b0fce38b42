package org.caravan.risk.internal.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.caravan.filing.FiledConsignment;
import org.caravan.reference.CountryCode;
import org.caravan.risk.RiskReason;
import org.caravan.risk.RiskResult;
import org.caravan.risk.internal.ParcelSelection;
import org.caravan.risk.internal.RiskRule;

/**
 * A run's screening: its rules (the candidate profile's, plus its model's scoring when there
 * is one) and a selection with windows of its own, so nothing it sees moves production.
 */
final class Candidate {

    private final UUID runId;
    private final CountryCode jurisdiction;
    private final List<RiskRule> rules;
    private final ParcelSelection selection;
    private final boolean modelScored;

    Candidate(UUID runId, CountryCode jurisdiction, List<RiskRule> rules, ParcelSelection selection, boolean modelScored) {
        this.runId = runId;
        this.jurisdiction = jurisdiction;
        this.rules = List.copyOf(rules);
        this.selection = selection;
        this.modelScored = modelScored;
    }

    UUID runId() {
        return runId;
    }

    CountryCode jurisdiction() {
        return jurisdiction;
    }

    boolean modelScored() {
        return modelScored;
    }

    RiskResult screen(FiledConsignment consignment, Predicate<FiledConsignment.Item> permitted) {
        List<RiskReason> reasons = new ArrayList<>();
        rules.forEach(rule -> rule.evaluate(consignment, jurisdiction, permitted, reasons::add));
        return selection.select(consignment, jurisdiction, reasons);
    }
}
