package org.caravan.clearance.internal.model;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where clearance cases are kept. A manifest's new cases are added in one batch. */
public interface ClearanceCases {

    void addAll(List<ClearanceCase> cases);

    /** The case, locked against concurrent changes until the transaction ends. */
    Optional<ClearanceCase> lock(UUID id);

    List<ClearanceCase> ofTrackingNumber(String trackingNumber);

    boolean anyFor(String trackingNumber);

    /** Which of these consignments already have a case, as tracking number and jurisdiction joined by a slash. */
    java.util.Set<String> decidedAmong(java.util.Collection<String> trackingNumbers);

    void save(ClearanceCase clearanceCase);
}
