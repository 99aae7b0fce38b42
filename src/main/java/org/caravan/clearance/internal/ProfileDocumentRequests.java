package org.caravan.clearance.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.caravan.clearance.internal.model.CaseChange;
import org.caravan.clearance.internal.model.ClearanceCase;
import org.caravan.clearance.internal.model.DocumentKind;
import org.caravan.clearance.internal.model.DocumentRequest;
import org.caravan.clearance.internal.store.CaseEventTable;
import org.caravan.clearance.internal.store.DocumentTable;
import org.caravan.common.Ids;
import org.caravan.risk.RequestedDocument;
import org.caravan.risk.RiskResult;
import org.springframework.stereotype.Component;

/**
 * Opens the document requests the risk profile asks for when it holds a case, as an officer
 * would, so the consignee can answer before an officer looks. Few cases ask; the rest cost a
 * check of an empty list.
 */
@Component
class ProfileDocumentRequests {

    /** Who is recorded as asking: the profile, not a person. */
    static final String REQUESTED_BY = "risk-profile";

    private final DocumentTable documents;
    private final CaseEventTable audit;

    ProfileDocumentRequests(DocumentTable documents, CaseEventTable audit) {
        this.documents = documents;
        this.audit = audit;
    }

    /** A case held on its decision, with the screening that asked for documents. */
    record Held(ClearanceCase clearanceCase, RiskResult risk) {
    }

    /** Whether the screening asks for documents of a case it holds. */
    static boolean asks(ClearanceCase c, RiskResult risk) {
        return ClearanceCase.DOCUMENTS_REQUESTABLE.contains(c.status()) && !risk.documentRequests().isEmpty();
    }

    /** Opens every request of the cases just written, in the transaction that wrote them. */
    void openAll(List<Held> held, Instant now) {
        List<CaseChange> changes = new ArrayList<>();
        for (Held h : held) {
            for (RequestedDocument document : h.risk().documentRequests()) {
                DocumentKind kind = DocumentKind.valueOf(document.name());
                String reason = h.risk().reasons().stream().filter(r -> r.requestDocument().filter(document::equals)
                        .isPresent()).map(r -> r.rule() + ": " + r.detail()).collect(Collectors.joining("; "));
                documents.insert(DocumentRequest.open(Ids.next(), h.clearanceCase(), kind, reason, REQUESTED_BY, now));
                changes.add(h.clearanceCase().requestDocument(kind, reason, now, REQUESTED_BY));
            }
        }
        audit.appendAll(changes);
    }
}
