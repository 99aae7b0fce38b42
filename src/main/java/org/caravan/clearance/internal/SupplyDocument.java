package org.caravan.clearance.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.caravan.clearance.internal.model.CaseAction;
import org.caravan.clearance.internal.model.ClearanceCase;
import org.caravan.clearance.internal.model.ClearanceCases;
import org.caravan.clearance.internal.model.DocumentRequest;
import org.caravan.clearance.internal.model.SuppliedDocument;
import org.caravan.clearance.internal.store.CaseEventTable;
import org.caravan.clearance.internal.store.DocumentTable;
import org.caravan.common.Ids;
import org.caravan.common.InvalidInput;
import org.caravan.common.NotFound;
import org.caravan.common.Violation;
import org.caravan.party.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The courier that filed the consignment, or the platform whose order it matched, supplies
 * a document against an open request: structured data already checked by the caller, or a
 * PDF whose bytes are kept with their SHA-256.
 */
@Service
public class SupplyDocument {

    private final ClearanceCases cases;
    private final DocumentTable documents;
    private final CaseEventTable audit;

    SupplyDocument(ClearanceCases cases, DocumentTable documents, CaseEventTable audit) {
        this.cases = cases;
        this.documents = documents;
        this.audit = audit;
    }

    /** What is supplied: structured JSON of an e-invoice or e-permit, or the bytes of a PDF. */
    public sealed interface Supply {
        SuppliedDocument.Format format();
    }

    public record Structured(SuppliedDocument.Format format, String json) implements Supply {
    }

    public record Pdf(byte[] bytes) implements Supply {

        @Override
        public SuppliedDocument.Format format() {
            return SuppliedDocument.Format.PDF;
        }
    }

    @Transactional
    public SuppliedDocument supply(Caller supplier, UUID requestId, Supply supply) {
        DocumentRequest request = documents.lockRequest(requestId)
                .orElseThrow(() -> new NotFound("No document request " + requestId));
        ClearanceCase c = cases.lock(request.caseId()).orElseThrow();
        if (!CaseDocuments.supplies(supplier, c)) {
            throw new NotFound("No document request " + requestId);
        }
        request.requireOpen();
        if (!request.answeredBy(supply.format())) {
            throw new InvalidInput(new Violation("", "wrong-document-format", "a " + request.kind()
                    + " request is answered with " + (request.kind().name().equals("CERTIFICATE") ? "a PDF"
                            : "its structured form or a PDF")));
        }
        Instant now = Instant.now();
        byte[] pdf = supply instanceof Pdf p ? p.bytes() : null;
        SuppliedDocument document = new SuppliedDocument(Ids.next(), requestId, c.id(), supply.format(),
                supply instanceof Structured s ? Optional.of(s.json()) : Optional.empty(),
                Optional.ofNullable(pdf).map(b -> b.length), Optional.ofNullable(pdf).map(SupplyDocument::sha256),
                SuppliedDocument.State.SUBMITTED, supplier.clientId(), supplier.role().name(), now, Optional.empty(),
                Optional.empty(), Optional.empty());
        documents.insert(document, pdf);
        audit.appendAll(List.of(c.recordDocument(CaseAction.DOCUMENT_SUPPLIED, supplier.clientId(),
                request.kind() + " as " + supply.format() + " (document " + document.id() + ")", now)));
        return document;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
