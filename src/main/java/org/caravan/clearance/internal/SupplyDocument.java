package org.caravan.clearance.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.caravan.clearance.internal.model.CaseAction;
import org.caravan.clearance.internal.model.ClearanceCase;
import org.caravan.clearance.internal.model.ClearanceCases;
import org.caravan.clearance.internal.model.DocumentRequest;
import org.caravan.clearance.internal.model.IllegalTransition;
import org.caravan.clearance.internal.model.SuppliedDocument;
import org.caravan.clearance.internal.store.CaseEventTable;
import org.caravan.clearance.internal.store.DocumentTable;
import org.caravan.common.Ids;
import org.caravan.common.InvalidInput;
import org.caravan.common.NotFound;
import org.caravan.common.ProblemTypes;
import org.caravan.common.Violation;
import org.caravan.party.Caller;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The courier that filed the consignment, or the platform whose order it matched, supplies
 * a document against an open request: structured data already checked by the caller, or a
 * PDF whose bytes are kept with their SHA-256. The consignee supplies a PDF through the
 * consumer's tracking page.
 */
@Service
public class SupplyDocument {

    private final ClearanceCases cases;
    private final DocumentTable documents;
    private final CaseEventTable audit;

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final long maxPdfBytes;

    SupplyDocument(ClearanceCases cases, DocumentTable documents, CaseEventTable audit,
            @Value("${caravan.documents.max-pdf-bytes:5242880}") long maxPdfBytes) {
        this.cases = cases;
        this.documents = documents;
        this.audit = audit;
        this.maxPdfBytes = maxPdfBytes;
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
        return supply(request, c, supplier.clientId(), supplier.role().name(), supply);
    }

    /** The consignee supplies a PDF, having proven to the tracking page that the parcel is theirs. */
    @Transactional
    public SuppliedDocument supplyAsConsignee(String trackingNumber, UUID requestId, Pdf pdf) {
        DocumentRequest request = documents.lockRequest(requestId).filter(r -> r.trackingNumber().equals(trackingNumber))
                .orElseThrow(() -> new NotFound("No document request " + requestId));
        return supply(request, cases.lock(request.caseId()).orElseThrow(), CONSIGNEE, CONSIGNEE, pdf);
    }

    /** How a consignee's supply is recorded: they have no client id, and their name stays out of the audit. */
    static final String CONSIGNEE = "CONSIGNEE";

    private SuppliedDocument supply(DocumentRequest request, ClearanceCase c, String supplierId, String supplierRole,
            Supply supply) {
        request.requireOpen();
        // a documentary check settled another way (an officer's result) leaves its requests unanswered
        if (!ClearanceCase.DOCUMENTS_REQUESTABLE.contains(c.status())) {
            throw new IllegalTransition(ProblemTypes.ILLEGAL_TRANSITION, "The case for " + c.trackingNumber() + " is "
                    + c.status() + "; it takes no more documents");
        }
        if (supply instanceof Pdf p) {
            check(p.bytes());
        }
        if (!request.answeredBy(supply.format())) {
            throw new InvalidInput(new Violation("", "wrong-document-format", "a " + request.kind()
                    + " request is answered with " + (request.kind().name().equals("CERTIFICATE") ? "a PDF"
                            : "its structured form or a PDF")));
        }
        Instant now = Instant.now();
        byte[] pdf = supply instanceof Pdf p ? p.bytes() : null;
        SuppliedDocument document = new SuppliedDocument(Ids.next(), request.id(), c.id(), supply.format(),
                supply instanceof Structured s ? Optional.of(s.json()) : Optional.empty(),
                Optional.ofNullable(pdf).map(b -> b.length), Optional.ofNullable(pdf).map(SupplyDocument::sha256),
                SuppliedDocument.State.SUBMITTED, supplierId, supplierRole, now, Optional.empty(),
                Optional.empty(), Optional.empty());
        documents.insert(document, pdf);
        audit.appendAll(List.of(c.recordDocument(CaseAction.DOCUMENT_SUPPLIED, supplierId,
                request.kind() + " as " + supply.format() + " (document " + document.id() + ")", now)));
        return document;
    }

    /** A PDF is taken when it says it is one (by its first bytes, not its name) and fits the limit. */
    private void check(byte[] body) {
        if (body == null || body.length == 0) {
            throw new InvalidInput(new Violation("", "required", "the body is the PDF"));
        }
        if (body.length > maxPdfBytes) {
            throw new InvalidInput(new Violation("", "too-large", "a PDF is at most " + maxPdfBytes + " bytes; this one has "
                    + body.length));
        }
        if (!Arrays.equals(body, 0, Math.min(body.length, PDF_MAGIC.length), PDF_MAGIC, 0, PDF_MAGIC.length)) {
            throw new InvalidInput(new Violation("", "not-a-pdf", "the body does not start with %PDF-, so it is not a PDF"));
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
