package org.caravan.risk.internal;

import java.util.List;

import org.caravan.reference.ExchangeRates;
import org.caravan.reference.HsNomenclature;
import org.caravan.reference.Jurisdictions;
import org.caravan.reference.Watchlist;
import org.springframework.stereotype.Component;

/**
 * The rules of {@link Rules}, in their order, weighed by a candidate profile instead of the
 * one in force: what a sandbox screens with.
 */
@Component
public class CandidateRules {

    private final HsNomenclature nomenclature;
    private final Watchlist watchlist;
    private final ExchangeRates rates;
    private final Jurisdictions jurisdictions;

    CandidateRules(HsNomenclature nomenclature, Watchlist watchlist, ExchangeRates rates, Jurisdictions jurisdictions) {
        this.nomenclature = nomenclature;
        this.watchlist = watchlist;
        this.rates = rates;
        this.jurisdictions = jurisdictions;
    }

    public List<RiskRule> of(RiskProfile profile) {
        Rules rules = new Rules();
        return List.of(rules.restrictedGoods(nomenclature), rules.watchlistMatch(watchlist), rules.orderMismatch(profile),
                rules.implausibleValue(profile, rates, jurisdictions), rules.implausibleMass(profile));
    }
}
