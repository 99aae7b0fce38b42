package org.caravan.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.caravan.filing.FiledConsignment;
import org.caravan.reference.CountryCode;
import org.caravan.risk.internal.ParcelSelection;
import org.caravan.risk.internal.RandomSelection;
import org.caravan.risk.internal.RiskProfile;
import org.caravan.risk.internal.RiskRule;
import org.caravan.risk.internal.ScreeningObserver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Screens a consignment for one jurisdiction: every rule of the risk profile runs and
 * gives its reasons; {@link ParcelSelection} then picks the lane and records why the parcel
 * was selected (a mandatory reason, the jurisdiction's inspection budget, the profile's
 * thresholds, random selection), and a sandbox in shadow sees the final result.
 */
@Service
public class RiskScreening {

    private final List<RiskRule> rules;
    private final ParcelSelection selection;
    private final ScreeningObserver shadow;

    RiskScreening(List<RiskRule> rules, RiskProfile profile, RandomSelection randomSelection) {
        this(rules, ParcelSelection.byProfile(profile, randomSelection), ScreeningObserver.NONE);
    }

    @Autowired
    RiskScreening(List<RiskRule> rules, ParcelSelection selection, ObjectProvider<ScreeningObserver> shadow) {
        this(rules, selection, shadow.getIfAvailable(() -> ScreeningObserver.NONE));
    }

    private RiskScreening(List<RiskRule> rules, ParcelSelection selection, ScreeningObserver shadow) {
        this.rules = List.copyOf(rules);
        this.selection = selection;
        this.shadow = shadow;
    }

    public RiskResult screen(FiledConsignment consignment, CountryCode jurisdiction) {
        return screen(consignment, jurisdiction, item -> false);
    }

    /**
     * Screens knowing which items quote a permit the registry found valid: such an item of
     * licensed goods needs no documentary check for its licence.
     */
    public RiskResult screen(FiledConsignment consignment, CountryCode jurisdiction,
            Predicate<FiledConsignment.Item> permitted) {
        List<RiskReason> reasons = new ArrayList<>();
        for (RiskRule rule : rules) {
            rule.evaluate(consignment, jurisdiction, permitted, reasons::add);
        }
        RiskResult result = selection.select(consignment, jurisdiction, reasons);
        shadow.screened(consignment, jurisdiction, permitted, result);
        return result;
    }
}
