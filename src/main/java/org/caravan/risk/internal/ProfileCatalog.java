package org.caravan.risk.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.caravan.reference.CountryCode;

/**
 * The compiled profiles in force, per jurisdiction newest version first, swapped whole when
 * a version is loaded here or seen in the store: screening reads them without a lock.
 */
public class ProfileCatalog {

    private final RiskProfile bundled;
    private volatile Map<String, List<RiskProfile>> loaded = Map.of();

    public ProfileCatalog(RiskProfile bundled) {
        this.bundled = bundled;
    }

    /**
     * The newest loaded version whose validity covers the filing date: a version loaded to
     * start next month leaves the current one in force until then. Without one, the bundled
     * profile applies.
     */
    public RiskProfile profileFor(CountryCode jurisdiction, LocalDate on) {
        List<RiskProfile> versions = loaded.get(jurisdiction.value());
        if (versions != null) {
            for (RiskProfile profile : versions) {
                if (profile.covers(on)) {
                    return profile;
                }
            }
        }
        return bundled;
    }

    public RiskProfile bundled() {
        return bundled;
    }

    /** Replaces every loaded profile; each list is newest version first. */
    public void replace(Map<String, List<RiskProfile>> byJurisdiction) {
        loaded = Map.copyOf(byJurisdiction);
    }
}
