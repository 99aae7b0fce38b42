package org.caravan.risk;

import java.time.Instant;
import java.util.List;

import org.caravan.reference.CountryCode;

/** Inspection results flowing back to risk management as labels. */
public interface InspectionLabels {

    /** Records a control's result, in the transaction that records it in the case. */
    void record(InspectionLabel label);

    /** The labels of one jurisdiction concluded from {@code from} until before {@code to}, oldest first. */
    List<InspectionLabel> concluded(CountryCode jurisdiction, Instant from, Instant to);
}
