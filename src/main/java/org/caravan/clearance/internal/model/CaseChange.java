package org.caravan.clearance.internal.model;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.caravan.clearance.ClearanceStatus;
import org.caravan.reference.CountryCode;

/**
 * A domain event of a case: what was done, by whom, and the status it led to ({@code from}
 * is empty when the case was opened). The audit trail and the module's published events are
 * made from these.
 */
public record CaseChange(UUID caseId, String trackingNumber, CountryCode jurisdiction, Optional<ClearanceStatus> from,
        ClearanceStatus to, CaseAction action, String actor, String detail, Instant at) {
}
