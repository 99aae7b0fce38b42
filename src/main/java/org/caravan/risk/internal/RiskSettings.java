package org.caravan.risk.internal;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.caravan.reference.HsNomenclature;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The bundled risk profile, read and checked once at start-up, so a broken one stops the
 * service instead of failing the first parcel; a deployment may set its own random rate
 * ({@link SelectionSettings} applies it).
 */
@Configuration
class RiskSettings {

    static final String RANDOM_RATE = "caravan.risk.random-inspection-rate";

    @Bean
    ProfileVocabulary profileVocabulary(List<SignalDetector> detectors, HsNomenclature nomenclature) {
        Set<String> signals = new HashSet<>();
        detectors.forEach(d -> signals.addAll(d.signals()));
        return new ProfileVocabulary(signals, nomenclature::isKnown);
    }

    @Bean
    ProfileCatalog profileCatalog(ProfileVocabulary vocabulary) {
        return new ProfileCatalog(RiskProfileFile.bundled(vocabulary));
    }

    static Optional<BigDecimal> configuredRate(String rate) {
        if (rate.isBlank()) {
            return Optional.empty();
        }
        BigDecimal configured;
        try {
            configured = new BigDecimal(rate.trim());
        } catch (NumberFormatException e) {
            throw new InvalidRiskProfile(RANDOM_RATE + " must be a decimal number, not " + rate);
        }
        RiskProfile.share(RANDOM_RATE, configured);
        return Optional.of(configured);
    }
}
