package org.caravan.risk.internal;

import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.caravan.filing.FiledConsignment;
import org.caravan.reference.CountryCode;

/**
 * Finds signals in one consignment for one jurisdiction. Detectors run on the hot path,
 * once per parcel: they read what they need from memory, not from the database.
 */
public interface SignalDetector {

    void detect(FiledConsignment consignment, CountryCode jurisdiction, Consumer<RiskSignal> signals);

    /**
     * The same, knowing which items quote a permit the registry found valid; only the
     * detector of restricted goods cares.
     */
    default void detect(FiledConsignment consignment, CountryCode jurisdiction, Predicate<FiledConsignment.Item> permitted,
            Consumer<RiskSignal> signals) {
        detect(consignment, jurisdiction, signals);
    }

    /** The names of the signals this detector raises: a profile may weigh these and no others. */
    Set<String> signals();
}
