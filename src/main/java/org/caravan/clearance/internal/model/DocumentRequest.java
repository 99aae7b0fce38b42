package org.caravan.clearance.internal.model;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.caravan.common.ProblemTypes;
import org.caravan.reference.CountryCode;

/**
 * An officer's request for one document on a case. It stays open through rejected supplies
 * until a supplied document is accepted.
 */
public record DocumentRequest(UUID id, UUID caseId, String trackingNumber, CountryCode jurisdiction, DocumentKind kind,
        String reason, State state, String requestedBy, Instant requestedAt, Optional<Instant> satisfiedAt) {

    public enum State {
        OPEN, SATISFIED
    }

    public static DocumentRequest open(UUID id, ClearanceCase c, DocumentKind kind, String reason, String officer,
            Instant at) {
        return new DocumentRequest(id, c.id(), c.trackingNumber(), c.jurisdiction(), kind, reason, State.OPEN, officer, at,
                Optional.empty());
    }

    /** Refuses a supply once the request is satisfied: the officer has what was asked for. */
    public void requireOpen() {
        if (state != State.OPEN) {
            throw new IllegalTransition(ProblemTypes.DOCUMENT_REQUEST_SATISFIED, "Document request " + id
                    + " was satisfied already");
        }
    }

    /** Whether a document of {@code format} can answer this request. */
    public boolean answeredBy(SuppliedDocument.Format format) {
        return switch (format) {
            case PDF -> true;
            case E_INVOICE -> kind == DocumentKind.INVOICE;
            case E_PERMIT -> kind == DocumentKind.PERMIT;
        };
    }

    public DocumentRequest satisfied(Instant at) {
        requireOpen();
        return new DocumentRequest(id, caseId, trackingNumber, jurisdiction, kind, reason, State.SATISFIED, requestedBy,
                requestedAt, Optional.of(at));
    }
}
