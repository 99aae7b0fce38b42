package org.caravan.risk;

import java.math.BigDecimal;

import org.caravan.risk.internal.RiskProfile;

/**
 * A risk profile document read, checked and compiled but not necessarily in force: what a
 * sandbox screens candidate rules with beside the profile in production.
 */
public final class CompiledRiskProfile {

    final RiskProfile profile;

    CompiledRiskProfile(RiskProfile profile) {
        this.profile = profile;
    }

    public String id() {
        return profile.id();
    }

    /** Where the profile's numbers come from, in its authors' words. */
    public String basis() {
        return profile.basis();
    }

    public String jurisdiction() {
        return profile.jurisdiction();
    }

    public int yellowScore() {
        return profile.yellowScore();
    }

    public int redScore() {
        return profile.redScore();
    }

    public BigDecimal randomInspectionRate() {
        return profile.randomInspectionRate();
    }

    public int rules() {
        return profile.rules().size();
    }
}
