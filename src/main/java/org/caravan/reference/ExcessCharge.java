package org.caravan.reference;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What is charged on a consignment above the allowance.
 *
 * @param minimumPerKg the floor per kg: of the mass above the allowance for
 *                     {@link Method#SINGLE_RATE_ON_EXCESS}, of the whole gross mass for
 *                     {@link Method#DUTY_ON_VALUE_WITH_VAT}
 * @param base         for {@link Method#TARIFF_DUTY_WITH_VAT}, whether duty is levied on
 *                     the whole value or only on the part above the allowance
 */
public record ExcessCharge(Method method, Optional<BigDecimal> ratePercent, Optional<Money> minimumPerKg, Base base,
        String note) {

    public enum Method {
        /** One rate on the excess value covering duty and taxes, with a floor per kg of excess mass (EAEU 2020). */
        SINGLE_RATE_ON_EXCESS,
        /** A duty rate on the whole value with a floor per kg, then national VAT on value plus duty (EAEU 2026). */
        DUTY_ON_VALUE_WITH_VAT,
        /** Duty at each item's tariff rate, then national VAT on the base plus duty. */
        TARIFF_DUTY_WITH_VAT,
        /** A charge is due, but its rate is not confirmed by a source; an officer assesses it. */
        NOT_CONFIRMED
    }

    public enum Base {
        FULL_VALUE, EXCESS_VALUE
    }
}
