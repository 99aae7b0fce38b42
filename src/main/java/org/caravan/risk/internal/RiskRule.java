package org.caravan.risk.internal;

import java.util.function.Consumer;

import org.caravan.filing.FiledConsignment;
import org.caravan.reference.CountryCode;
import org.caravan.risk.RiskReason;

/** One named policy of the risk profile; it reports zero or more reasons. */
public interface RiskRule {

    void evaluate(FiledConsignment consignment, CountryCode jurisdiction, Consumer<RiskReason> reasons);
}
