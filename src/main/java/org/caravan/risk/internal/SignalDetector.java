package org.caravan.risk.internal;

import java.util.function.Consumer;

import org.caravan.filing.FiledConsignment;
import org.caravan.reference.CountryCode;

/**
 * Finds signals in one consignment for one jurisdiction. Detectors run on the hot path,
 * once per parcel: they read what they need from memory, not from the database.
 */
public interface SignalDetector {

    void detect(FiledConsignment consignment, CountryCode jurisdiction, Consumer<RiskSignal> signals);
}
