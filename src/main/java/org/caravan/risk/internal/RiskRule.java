package org.caravan.risk.internal;

import java.util.function.Consumer;
import java.util.function.Predicate;

import org.caravan.filing.FiledConsignment;
import org.caravan.reference.CountryCode;
import org.caravan.risk.RiskReason;

/** One named policy of the risk profile; it reports zero or more reasons. */
public interface RiskRule {

    void evaluate(FiledConsignment consignment, CountryCode jurisdiction, Consumer<RiskReason> reasons);

    /**
     * The same, knowing which items quote a permit that the registry found valid; only the
     * rule of restricted goods cares.
     */
    default void evaluate(FiledConsignment consignment, CountryCode jurisdiction,
            Predicate<FiledConsignment.Item> permitted, Consumer<RiskReason> reasons) {
        evaluate(consignment, jurisdiction, reasons);
    }
}
