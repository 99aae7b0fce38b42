package org.caravan.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.caravan.filing.FiledConsignment;
import org.caravan.reference.CountryCode;
import org.caravan.reference.ExchangeRates;
import org.caravan.reference.Jurisdictions;
import org.caravan.risk.internal.ParcelSelection;
import org.caravan.risk.internal.ProfileCatalog;
import org.caravan.risk.internal.ProfileVocabulary;
import org.caravan.risk.internal.RiskProfile;
import org.caravan.risk.internal.RiskProfileFile;
import org.caravan.risk.internal.RiskSignal;
import org.caravan.risk.internal.Screened;
import org.caravan.risk.internal.ScreeningObserver;
import org.caravan.risk.internal.SignalDetector;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Screens a consignment for one jurisdiction: the detectors find signals, the profile in
 * force on the filing date weighs them and applies its rules, and {@link ParcelSelection}
 * picks the lane and records why the parcel was selected. A sandbox in shadow sees the
 * final result.
 */
@Service
public class RiskScreening {

    /** The signal a risk model gives; a candidate model's replaces production's. */
    public static final String MODEL_SIGNAL = "model";

    private final SignalDetector[] detectors;
    private final ProfileCatalog catalog;
    private final ParcelSelection selection;
    private final ProfileVocabulary vocabulary;
    private final ExchangeRates rates;
    private final Jurisdictions jurisdictions;
    private final ScreeningObserver shadow;

    @Autowired
    RiskScreening(List<SignalDetector> detectors, ProfileCatalog catalog, ParcelSelection selection,
            ProfileVocabulary vocabulary, ExchangeRates rates, Jurisdictions jurisdictions,
            ObjectProvider<ScreeningObserver> shadow) {
        this(detectors, catalog, selection, vocabulary, rates, jurisdictions,
                shadow.getIfAvailable(() -> ScreeningObserver.NONE));
    }

    RiskScreening(List<SignalDetector> detectors, ProfileCatalog catalog, ParcelSelection selection,
            ProfileVocabulary vocabulary, ExchangeRates rates, Jurisdictions jurisdictions, ScreeningObserver shadow) {
        this.detectors = detectors.toArray(SignalDetector[]::new);
        this.catalog = catalog;
        this.selection = selection;
        this.vocabulary = vocabulary;
        this.rates = rates;
        this.jurisdictions = jurisdictions;
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
        Screened s = screened(consignment, jurisdiction, permitted, Optional.empty());
        RiskResult result = screen(s, catalog.profileFor(jurisdiction, s.on()), selection);
        shadow.screened(consignment, jurisdiction, permitted, result);
        return result;
    }

    /**
     * Screens as a sandbox does, never enforced: with a candidate profile (or the one in force,
     * when empty), selection windows of the candidate's own, and a candidate model's detector
     * in place of the production model's, when it names one.
     */
    public RiskResult screenAside(FiledConsignment consignment, CountryCode jurisdiction,
            Predicate<FiledConsignment.Item> permitted, Optional<CompiledRiskProfile> profile, ParcelSelection aside,
            Optional<SignalDetector> model) {
        Screened s = screened(consignment, jurisdiction, permitted, model);
        return screen(s, profile.map(p -> p.profile).orElseGet(() -> catalog.profileFor(jurisdiction, s.on())), aside);
    }

    /** Reads and checks a candidate profile document without putting it in force. */
    public CompiledRiskProfile compile(String document, ProfileFormat format) {
        return new CompiledRiskProfile(RiskProfileFile.read(document, format, vocabulary));
    }

    private static RiskResult screen(Screened s, RiskProfile profile, ParcelSelection selection) {
        List<RiskReason> reasons = new ArrayList<>();
        profile.weigh(s, reasons::add);
        return selection.select(s.consignment().trackingNumber(), s.jurisdiction(), reasons, profile);
    }

    private Screened screened(FiledConsignment consignment, CountryCode jurisdiction,
            Predicate<FiledConsignment.Item> permitted, Optional<SignalDetector> model) {
        List<RiskSignal> signals = new ArrayList<>(4);
        for (SignalDetector detector : detectors) {
            if (model.isEmpty() || !detector.signals().contains(MODEL_SIGNAL)) {
                detector.detect(consignment, jurisdiction, permitted, signals::add);
            }
        }
        model.ifPresent(m -> m.detect(consignment, jurisdiction, permitted, signals::add));
        return new Screened(consignment, jurisdiction, jurisdictions.zoneOf(jurisdiction), signals, rates);
    }
}
