package org.caravan.clearance.internal.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.caravan.clearance.internal.CaseDocuments;
import org.caravan.clearance.internal.model.DocumentKind;
import org.caravan.clearance.internal.model.DocumentRequest;
import org.caravan.clearance.internal.model.SuppliedDocument;
import org.caravan.reference.Money;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The answers and request bodies of the document round trip. */
final class DocumentResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private DocumentResponses() {
    }

    /** An officer's request and what was supplied against it so far. */
    record DocumentRequestResponse(UUID requestId, String trackingNumber, String jurisdiction, DocumentKind kind,
            String reason, DocumentRequest.State state, Instant requestedAt, Optional<Instant> satisfiedAt,
            List<DocumentResponse> documents) {

        static DocumentRequestResponse of(DocumentRequest r, List<SuppliedDocument> documents) {
            return new DocumentRequestResponse(r.id(), r.trackingNumber(), r.jurisdiction().value(), r.kind(), r.reason(),
                    r.state(), r.requestedAt(), r.satisfiedAt(), documents.stream().map(DocumentResponse::of).toList());
        }

        static DocumentRequestResponse of(CaseDocuments.RequestWithDocuments r) {
            return of(r.request(), r.documents());
        }
    }

    record DocumentRequests(String trackingNumber, List<DocumentRequestResponse> requests) {
    }

    /** A supplied document: its structured data, or the size and SHA-256 of its PDF. */
    record DocumentResponse(UUID documentId, UUID requestId, SuppliedDocument.Format format, SuppliedDocument.State state,
            Optional<Map<String, Object>> data, Optional<Integer> pdfBytes, Optional<String> sha256, Instant suppliedAt,
            Optional<Instant> reviewedAt, Optional<String> reviewReason) {

        static DocumentResponse of(SuppliedDocument d) {
            return new DocumentResponse(d.id(), d.requestId(), d.format(), d.state(),
                    d.structured().map(s -> JSON.readValue(s, OBJECT)), d.pdfBytes(), d.sha256(), d.suppliedAt(),
                    d.reviewedAt(), d.reviewReason());
        }
    }

    /** The review and where it leaves the case. */
    record ReviewRecorded(UUID documentId, SuppliedDocument.State state, String trackingNumber, String caseStatus,
            Optional<Money> amountDue) {
    }

    record DocumentRequestBody(String kind, String reason) {
    }

    record ReviewBody(String decision, String reason, TaskResponse.MoneyBody assessedCharge) {
    }

    /** Exactly one of an e-invoice or an e-permit. */
    record SupplyBody(EInvoiceBody invoice, EPermitBody permit) {
    }

    record EInvoiceBody(String number, String issuedOn, TraderBody seller, TraderBody buyer, String currency,
            List<InvoiceLineBody> lines, String total) {
    }

    record TraderBody(String name, String country) {
    }

    record InvoiceLineBody(String description, String quantity, String unitPrice) {
    }

    record EPermitBody(String permitNumber, String issuingAgency, String validFrom, String validUntil) {
    }
}
