package org.caravan.risk;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.caravan.filing.FiledConsignment;
import org.caravan.reference.CountryCode;
import org.caravan.reference.ExchangeRates;
import org.caravan.reference.Jurisdiction;
import org.caravan.reference.Jurisdictions;
import org.caravan.risk.internal.LaneDecision;
import org.caravan.risk.internal.ProfileCatalog;
import org.caravan.risk.internal.ProfileVocabulary;
import org.caravan.risk.internal.RiskProfile;
import org.caravan.risk.internal.RiskProfileFile;
import org.caravan.risk.internal.RiskSignal;
import org.caravan.risk.internal.Screened;
import org.caravan.risk.internal.SignalDetector;
import org.springframework.stereotype.Service;

/**
 * Screens a consignment for one jurisdiction: the detectors find signals, the profile in
 * force on the filing date weighs them and applies its rules, and the lane decision turns
 * the reasons into a lane.
 */
@Service
public class RiskScreening {

    private final SignalDetector[] detectors;
    private final ProfileCatalog catalog;
    private final LaneDecision decision;
    private final ProfileVocabulary vocabulary;
    private final ExchangeRates rates;
    private final Jurisdictions jurisdictions;

    RiskScreening(List<SignalDetector> detectors, ProfileCatalog catalog, LaneDecision decision, ProfileVocabulary vocabulary,
            ExchangeRates rates, Jurisdictions jurisdictions) {
        this.detectors = detectors.toArray(SignalDetector[]::new);
        this.catalog = catalog;
        this.decision = decision;
        this.vocabulary = vocabulary;
        this.rates = rates;
        this.jurisdictions = jurisdictions;
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
        ZoneId zone = zone(jurisdiction);
        Screened s = new Screened(consignment, jurisdiction, zone, signals(consignment, jurisdiction, permitted), rates);
        return screen(s, catalog.profileFor(jurisdiction, s.on()));
    }

    /** Screens with a given profile, in force or not, as a sandbox compares a candidate with production. */
    public RiskResult screen(FiledConsignment consignment, CountryCode jurisdiction,
            Predicate<FiledConsignment.Item> permitted, CompiledRiskProfile profile) {
        return screen(new Screened(consignment, jurisdiction, zone(jurisdiction),
                signals(consignment, jurisdiction, permitted), rates), profile.profile);
    }

    /** Reads and checks a candidate profile document without putting it in force. */
    public CompiledRiskProfile compile(String document, ProfileFormat format) {
        return new CompiledRiskProfile(RiskProfileFile.read(document, format, vocabulary));
    }

    private RiskResult screen(Screened s, RiskProfile profile) {
        List<RiskReason> reasons = new ArrayList<>();
        profile.weigh(s, reasons::add);
        return decision.decide(reasons, profile, s.consignment().trackingNumber());
    }

    private List<RiskSignal> signals(FiledConsignment consignment, CountryCode jurisdiction,
            Predicate<FiledConsignment.Item> permitted) {
        List<RiskSignal> signals = new ArrayList<>(4);
        for (SignalDetector detector : detectors) {
            detector.detect(consignment, jurisdiction, permitted, signals::add);
        }
        return signals;
    }

    private ZoneId zone(CountryCode jurisdiction) {
        return jurisdictions.find(jurisdiction).map(Jurisdiction::timeZone).orElse(ZoneOffset.UTC);
    }
}
