package org.caravan.reference;

import java.math.BigDecimal;
import java.util.Optional;

/** What is charged on the part of a consignment above the allowance. */
public record ExcessCharge(Method method, Optional<BigDecimal> ratePercent, Optional<Money> minimumPerExcessKg,
        String note) {

    public enum Method {
        /** One rate on the excess value covering duty and taxes, with a floor per kg of excess mass (EAEU). */
        SINGLE_RATE_ON_EXCESS,
        /** A charge is due, but its rate is not confirmed by a source; an officer assesses it. */
        NOT_CONFIRMED
    }
}
