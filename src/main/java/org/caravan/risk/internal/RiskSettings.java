package org.caravan.risk.internal;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.caravan.reference.HsNomenclature;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The risk profile, bound and checked once at start-up, so a broken profile stops the
 * service instead of failing the first parcel; a deployment may set its own random rate.
 */
@Configuration
class RiskSettings {

    static final String RANDOM_RATE = "caravan.risk.random-inspection-rate";

    @Bean
    RiskProfile riskProfile(HsNomenclature nomenclature, @Value("${" + RANDOM_RATE + ":}") String rate) {
        return withConfiguredRate(RiskProfileFile.read(RiskProfileFile.BUNDLED, nomenclature::isKnown), rate);
    }

    static RiskProfile withConfiguredRate(RiskProfile profile, String rate) {
        if (rate.isBlank()) {
            return profile;
        }
        BigDecimal configured;
        try {
            configured = new BigDecimal(rate.trim());
        } catch (NumberFormatException e) {
            throw new InvalidRiskProfile(RANDOM_RATE + " must be a decimal number, not " + rate);
        }
        RiskProfile.share(RANDOM_RATE, configured);
        return profile.withRandomInspectionRate(configured);
    }

    /** Without a configured salt each start draws its own, so no one can learn which parcels will be picked. */
    @Bean
    RandomSelection randomSelection(RiskProfile profile, @Value("${caravan.risk.random-salt:}") String salt) {
        return new RandomSelection(profile.randomInspectionRate(),
                salt.isBlank() ? HexFormat.of().formatHex(new SecureRandom().generateSeed(16)) : salt);
    }
}
