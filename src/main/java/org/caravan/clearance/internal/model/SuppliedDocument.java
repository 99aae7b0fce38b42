package org.caravan.clearance.internal.model;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.caravan.common.ProblemTypes;

/**
 * A document supplied against a request: structured e-invoice or e-permit data, or a PDF
 * kept with its SHA-256. An officer reviews it once: accepted, or rejected with a reason.
 */
public record SuppliedDocument(UUID id, UUID requestId, UUID caseId, Format format, Optional<String> structured,
        Optional<Integer> pdfBytes, Optional<String> sha256, State state, String suppliedBy, String supplierRole,
        Instant suppliedAt, Optional<String> reviewedBy, Optional<Instant> reviewedAt, Optional<String> reviewReason) {

    public enum Format {
        E_INVOICE, E_PERMIT, PDF
    }

    public enum State {
        SUBMITTED, ACCEPTED, REJECTED
    }

    public enum Decision {
        ACCEPTED, REJECTED
    }

    /** The review: a rejection must say why, so the supplier knows what to send instead. */
    public SuppliedDocument reviewed(Decision decision, Optional<String> reason, String officer, Instant at) {
        if (state != State.SUBMITTED) {
            throw new IllegalTransition(ProblemTypes.DOCUMENT_REVIEWED, "Document " + id + " was " + state + " already");
        }
        if (decision == Decision.REJECTED && reason.filter(r -> !r.isBlank()).isEmpty()) {
            throw new IllegalArgumentException("a rejection needs a reason");
        }
        return new SuppliedDocument(id, requestId, caseId, format, structured, pdfBytes, sha256,
                decision == Decision.ACCEPTED ? State.ACCEPTED : State.REJECTED, suppliedBy, supplierRole, suppliedAt,
                Optional.of(officer), Optional.of(at), reason);
    }
}
