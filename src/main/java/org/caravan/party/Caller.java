package org.caravan.party;

import java.util.Optional;
import java.util.UUID;

import org.caravan.reference.CountryCode;

/** The authenticated party behind a request, as its bearer token states. */
public record Caller(UUID partyId, String clientId, Role role, Optional<CountryCode> administration) {

    public boolean is(Role expected) {
        return role == expected;
    }

    /** Whether the caller files manifests as declarant (courier, post or e-commerce operator). */
    public boolean declares() {
        return role.declares();
    }

    /** Whether the caller acts for the customs administration of {@code jurisdiction}. */
    public boolean administers(CountryCode jurisdiction) {
        return role == Role.ADMIN || (role == Role.OFFICER && administration.map(jurisdiction::equals).orElse(false));
    }

    /** Whether the caller is the permit-issuing agency of {@code country}. */
    public boolean issuesPermitsFor(CountryCode country) {
        return role == Role.ISSUING_AGENCY && administration.map(country::equals).orElse(false);
    }
}
