package org.caravan.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An ad valorem duty rate of one jurisdiction's tariff for the HS codes starting with
 * {@code hsPrefix} ({@code *} for the general rate a source states for most goods), dated
 * and cited. A row without a rate marks goods a source says are not at the general rate
 * without saying at which: an officer assesses them.
 */
public record DutyRate(CountryCode jurisdiction, String hsPrefix, Optional<BigDecimal> ratePercent, LocalDate validFrom,
        Optional<LocalDate> validTo, Confidence confidence, String source, String note) {

    public boolean inForce(LocalDate on) {
        return !on.isBefore(validFrom) && validTo.map(to -> !on.isAfter(to)).orElse(true);
    }

    public boolean covers(HsCode code) {
        return hsPrefix.equals("*") || code.value().startsWith(hsPrefix);
    }

    /** The longer the prefix, the more specific the rate; the general rate is the least. */
    int specificity() {
        return hsPrefix.equals("*") ? 0 : hsPrefix.length();
    }
}
