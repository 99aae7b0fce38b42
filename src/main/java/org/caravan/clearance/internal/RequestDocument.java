package org.caravan.clearance.internal;

import java.time.Instant;
import java.util.List;

import org.caravan.clearance.internal.model.ClearanceCase;
import org.caravan.clearance.internal.model.ClearanceCases;
import org.caravan.clearance.internal.model.DocumentKind;
import org.caravan.clearance.internal.model.DocumentRequest;
import org.caravan.clearance.internal.store.CaseEventTable;
import org.caravan.clearance.internal.store.DocumentTable;
import org.caravan.common.Ids;
import org.caravan.common.NotFound;
import org.caravan.party.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An officer of the case's administration asks for an invoice, a permit or a certificate. */
@Service
public class RequestDocument {

    private final ClearanceCases cases;
    private final DocumentTable documents;
    private final CaseEventTable audit;

    RequestDocument(ClearanceCases cases, DocumentTable documents, CaseEventTable audit) {
        this.cases = cases;
        this.documents = documents;
        this.audit = audit;
    }

    @Transactional
    public DocumentRequest request(Caller officer, String trackingNumber, DocumentKind kind, String reason) {
        ClearanceCase found = cases.ofTrackingNumber(trackingNumber).stream()
                .filter(c -> officer.administers(c.jurisdiction())).findFirst()
                .orElseThrow(() -> new NotFound("No consignment " + trackingNumber + " in your administration"));
        ClearanceCase c = cases.lock(found.id()).orElseThrow();
        Instant now = Instant.now();
        var change = c.requestDocument(kind, reason, now, officer.clientId());
        DocumentRequest request = DocumentRequest.open(Ids.next(), c, kind, reason, officer.clientId(), now);
        documents.insert(request);
        audit.appendAll(List.of(change));
        return request;
    }
}
