package org.caravan.risk.internal;

import java.util.function.Predicate;

import org.caravan.filing.FiledConsignment;
import org.caravan.reference.CountryCode;
import org.caravan.risk.RiskResult;

/**
 * Sees every production screening after its result is final, so a sandbox can screen the
 * same parcel with a candidate. It must not change the result nor fail the caller.
 */
public interface ScreeningObserver {

    ScreeningObserver NONE = (consignment, jurisdiction, permitted, result) -> {
    };

    void screened(FiledConsignment consignment, CountryCode jurisdiction, Predicate<FiledConsignment.Item> permitted,
            RiskResult result);
}
