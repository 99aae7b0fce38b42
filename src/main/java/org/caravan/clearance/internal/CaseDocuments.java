package org.caravan.clearance.internal;

import java.util.List;
import java.util.UUID;

import org.caravan.clearance.internal.model.ClearanceCase;
import org.caravan.clearance.internal.model.ClearanceCases;
import org.caravan.clearance.internal.model.DocumentRequest;
import org.caravan.clearance.internal.model.SuppliedDocument;
import org.caravan.clearance.internal.store.DocumentTable;
import org.caravan.common.NotFound;
import org.caravan.party.Caller;
import org.caravan.party.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see a case's document requests: customs of its jurisdiction, and the parties
 * who may supply the documents (the courier that filed the consignment and the platform
 * whose order it matched). Anyone else is told the case does not exist.
 */
@Service
public class CaseDocuments {

    private final ClearanceCases cases;
    private final DocumentTable documents;

    CaseDocuments(ClearanceCases cases, DocumentTable documents) {
        this.cases = cases;
        this.documents = documents;
    }

    /** A case's requests, each with the documents supplied against it. */
    public record RequestWithDocuments(DocumentRequest request, List<SuppliedDocument> documents) {
    }

    @Transactional(readOnly = true)
    public List<RequestWithDocuments> of(Caller caller, String trackingNumber) {
        List<ClearanceCase> visible = cases.ofTrackingNumber(trackingNumber).stream()
                .filter(c -> caller.administers(c.jurisdiction()) || supplies(caller, c)).toList();
        if (visible.isEmpty()) {
            throw new NotFound("No consignment " + trackingNumber);
        }
        return visible.stream().flatMap(c -> of(c.id()).stream()).toList();
    }

    /** The requests of one case the caller may already see. */
    public List<RequestWithDocuments> of(UUID caseId) {
        List<SuppliedDocument> supplied = documents.documentsOfCase(caseId);
        return documents.requestsOfCase(caseId).stream().map(r -> new RequestWithDocuments(r,
                supplied.stream().filter(d -> d.requestId().equals(r.id())).toList())).toList();
    }

    /** Refuses, as not found, a document outside the officer's administration. */
    @Transactional
    public void requireCustoms(Caller officer, UUID documentId) {
        documents.lockDocument(documentId).flatMap(d -> documents.lockRequest(d.requestId()))
                .filter(r -> officer.administers(r.jurisdiction()))
                .orElseThrow(() -> new NotFound("No document " + documentId + " in your administration"));
    }

    /**
     * Refuses, as not found, a consignment outside the officer's administration: checked
     * before the body is judged, so a stranger's request tells nothing of whether it exists.
     */
    @Transactional(readOnly = true)
    public void requireCustomsOf(Caller officer, String trackingNumber) {
        if (cases.ofTrackingNumber(trackingNumber).stream().noneMatch(c -> officer.administers(c.jurisdiction()))) {
            throw new NotFound("No consignment " + trackingNumber + " in your administration");
        }
    }

    /** Refuses, as not found, a document request the caller may not supply against, before its body is judged. */
    @Transactional(readOnly = true)
    public void requireSupplier(Caller supplier, UUID requestId) {
        boolean supplies = documents.request(requestId).map(r -> cases.ofTrackingNumber(r.trackingNumber()).stream()
                .anyMatch(c -> c.id().equals(r.caseId()) && supplies(supplier, c))).orElse(false);
        if (!supplies) {
            throw new NotFound("No document request " + requestId);
        }
    }

    /** Whether the caller is a party that may supply documents for the case. */
    public static boolean supplies(Caller caller, ClearanceCase c) {
        return (caller.declares() && c.filing().courierPartyId().equals(caller.partyId()))
                || (caller.is(Role.PLATFORM) && c.filing().platformCode().equals(java.util.Optional.of(caller.clientId())));
    }
}
