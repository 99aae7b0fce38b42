package org.caravan.risk.internal;

import java.util.List;

import org.caravan.reference.ReferenceData;

/** The rules of the pilot profile in their order, built as Spring builds them. */
public final class PilotRules {

    private PilotRules() {
    }

    public static List<RiskRule> of(ReferenceData reference, RiskProfile profile) {
        Rules rules = new Rules();
        return List.of(rules.restrictedGoods(reference.nomenclature()), rules.watchlistMatch(reference.watchlist()),
                rules.orderMismatch(profile), rules.implausibleValue(profile, reference.rates(), reference.jurisdictions()),
                rules.implausibleMass(profile));
    }
}
