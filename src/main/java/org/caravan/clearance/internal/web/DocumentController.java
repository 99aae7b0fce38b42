package org.caravan.clearance.internal.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.caravan.clearance.internal.CaseDocuments;
import org.caravan.clearance.internal.RequestDocument;
import org.caravan.clearance.internal.ReviewDocument;
import org.caravan.clearance.internal.SupplyDocument;
import org.caravan.clearance.internal.model.DocumentKind;
import org.caravan.clearance.internal.model.DocumentRequest;
import org.caravan.clearance.internal.model.SuppliedDocument;
import org.caravan.clearance.internal.store.DocumentTable;
import org.caravan.clearance.internal.web.DocumentResponses.DocumentRequestResponse;
import org.caravan.clearance.internal.web.DocumentResponses.DocumentResponse;
import org.caravan.common.InvalidInput;
import org.caravan.common.NotFound;
import org.caravan.common.Violation;
import org.caravan.common.Violations;
import org.caravan.common.web.ProblemAnswers;
import org.caravan.party.Caller;
import org.caravan.party.Role;
import org.caravan.party.Roles;
import org.caravan.reference.CountryCode;
import org.caravan.reference.Currencies;
import org.caravan.reference.Money;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Paperless documents: an officer requests an invoice, permit or certificate; the courier
 * or platform supplies it as structured data or a PDF; the officer accepts or rejects it.
 */
@RestController
@RequestMapping("/api/v1")
class DocumentController {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PDF = "application/pdf";

    private final RequestDocument requestDocument;
    private final SupplyDocument supplyDocument;
    private final ReviewDocument reviewDocument;
    private final CaseDocuments caseDocuments;
    private final DocumentTable documents;

    DocumentController(RequestDocument requestDocument, SupplyDocument supplyDocument, ReviewDocument reviewDocument,
            CaseDocuments caseDocuments, DocumentTable documents) {
        this.requestDocument = requestDocument;
        this.supplyDocument = supplyDocument;
        this.reviewDocument = reviewDocument;
        this.caseDocuments = caseDocuments;
        this.documents = documents;
    }

    @Operation(summary = "Ask for an invoice, permit or certificate on a held case",
            description = "By an officer of the case's administration, while the case is HELD_FOR_DOCUMENTS or "
                    + "SELECTED_FOR_INSPECTION; any other status is a 409. Recorded in the case's audit trail.")
    @ApiResponse(responseCode = "201", description = "The open request")
    @ApiResponse(responseCode = "409", description = "The case's status allows no request",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(ref = "#/components/schemas/" + ProblemAnswers.PROBLEM_SCHEMA)))
    @PostMapping(path = "/consignments/{trackingNumber}/document-requests", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    DocumentRequestResponse request(Caller caller, @PathVariable String trackingNumber,
            @RequestBody DocumentResponses.DocumentRequestBody body) {
        Roles.require(caller, Role.OFFICER, Role.ADMIN);
        caseDocuments.requireCustomsOf(caller, trackingNumber);
        Violations v = new Violations();
        if (body == null) {
            v.add("", "required", "the body must be a JSON object");
            v.throwIfAny();
        }
        DocumentKind kind = null;
        if (v.required("/kind", body.kind())) {
            kind = Arrays.stream(DocumentKind.values()).filter(k -> k.name().equals(body.kind())).findFirst().orElse(null);
            if (kind == null) {
                v.add("/kind", "unknown-kind", "must be one of " + List.of(DocumentKind.values()));
            }
        }
        if (v.required("/reason", body.reason())) {
            v.maxLength("/reason", body.reason(), 1000);
        }
        v.throwIfAny();
        DocumentRequest request = requestDocument.request(caller, trackingNumber, kind, body.reason().trim());
        return DocumentRequestResponse.of(request, List.of());
    }

    @Operation(summary = "A consignment's document requests and the documents supplied against them",
            description = "For customs of the destination and for the courier and platform who may supply them; "
                    + "anyone else gets 404.")
    @GetMapping(path = "/consignments/{trackingNumber}/document-requests", produces = MediaType.APPLICATION_JSON_VALUE)
    DocumentResponses.DocumentRequests requests(Caller caller, @PathVariable String trackingNumber) {
        return new DocumentResponses.DocumentRequests(trackingNumber,
                caseDocuments.of(caller, trackingNumber).stream().map(DocumentRequestResponse::of).toList());
    }

    @Operation(summary = "Supply a structured e-invoice or e-permit against an open request",
            description = "By the courier that filed the consignment or the platform whose order it matched. "
                    + "The body holds exactly one of invoice (for an INVOICE request) or permit (for a PERMIT request).")
    @ApiResponse(responseCode = "201", description = "The document, waiting for the officer's review")
    @PostMapping(path = "/document-requests/{id}/documents", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    DocumentResponse supplyStructured(Caller caller, @PathVariable UUID id,
            @RequestBody DocumentResponses.SupplyBody body) {
        Roles.requireDeclarant(caller, Role.PLATFORM);
        caseDocuments.requireSupplier(caller, id);
        Violations v = new Violations();
        if (body == null || (body.invoice() == null) == (body.permit() == null)) {
            v.add("", "one-document", "the body holds exactly one of invoice or permit");
            v.throwIfAny();
        }
        SupplyDocument.Structured supply = body.invoice() != null
                ? new SupplyDocument.Structured(SuppliedDocument.Format.E_INVOICE, invoice(v, body.invoice()))
                : new SupplyDocument.Structured(SuppliedDocument.Format.E_PERMIT, permit(v, body.permit()));
        v.throwIfAny();
        return DocumentResponse.of(supplyDocument.supply(caller, id, supply));
    }

    @Operation(summary = "Supply a PDF against an open request",
            description = "The body is the PDF itself (application/pdf), at most caravan.documents.max-pdf-bytes "
                    + "(5 MiB by default); a body that does not start with %PDF- is refused.")
    @ApiResponse(responseCode = "201", description = "The document, waiting for the officer's review")
    @PostMapping(path = "/document-requests/{id}/documents", consumes = PDF, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    DocumentResponse supplyPdf(Caller caller, @PathVariable UUID id, @RequestBody byte[] body) {
        Roles.requireDeclarant(caller, Role.PLATFORM);
        return DocumentResponse.of(supplyDocument.supply(caller, id, new SupplyDocument.Pdf(body)));
    }

    @Operation(summary = "The PDF of a supplied document, for customs of the case's administration")
    @ApiResponse(responseCode = "200", description = "The PDF as supplied",
            content = @Content(mediaType = PDF, schema = @Schema(type = "string", format = "binary")))
    @GetMapping(path = "/documents/{id}/content", produces = PDF)
    byte[] content(Caller caller, @PathVariable UUID id) {
        Roles.require(caller, Role.OFFICER, Role.ADMIN);
        caseDocuments.requireCustoms(caller, id);
        return documents.pdf(id).orElseThrow(() -> new NotFound("Document " + id + " has no PDF"));
    }

    @Operation(summary = "Accept or reject a supplied document",
            description = "A rejection needs a reason and leaves the request open. Once every request of a case held "
                    + "for documents is satisfied, its documentary check ends as DOCUMENTS_ACCEPTED and the case is "
                    + "released or payment required; assessedCharge is needed where the regime cannot compute one.")
    @PostMapping(path = "/documents/{id}/review", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    DocumentResponses.ReviewRecorded review(Caller caller, @PathVariable UUID id,
            @RequestBody DocumentResponses.ReviewBody body) {
        Roles.require(caller, Role.OFFICER, Role.ADMIN);
        caseDocuments.requireCustoms(caller, id);
        Violations v = new Violations();
        if (body == null) {
            v.add("", "required", "the body must be a JSON object");
            v.throwIfAny();
        }
        SuppliedDocument.Decision decision = null;
        if (v.required("/decision", body.decision())) {
            decision = Arrays.stream(SuppliedDocument.Decision.values()).filter(d -> d.name().equals(body.decision()))
                    .findFirst().orElse(null);
            if (decision == null) {
                v.add("/decision", "unknown-decision", "must be ACCEPTED or REJECTED");
            }
        }
        if (decision == SuppliedDocument.Decision.REJECTED) {
            v.required("/reason", body.reason());
        }
        v.maxLength("/reason", body.reason(), 1000);
        Optional<Money> charge = TaskResponse.MoneyBody.read(v, "/assessedCharge", body.assessedCharge());
        v.throwIfAny();
        ReviewDocument.Reviewed reviewed = reviewDocument.review(caller, id, decision,
                Optional.ofNullable(body.reason()).map(String::trim).filter(r -> !r.isEmpty()), charge);
        return new DocumentResponses.ReviewRecorded(id, reviewed.document().state(),
                reviewed.clearanceCase().trackingNumber(), reviewed.clearanceCase().status().name(),
                reviewed.clearanceCase().amountDue());
    }

    /** The e-invoice, checked line by line and against its total, as the JSON kept with the document. */
    private static String invoice(Violations v, DocumentResponses.EInvoiceBody invoice) {
        String p = "/invoice";
        Map<String, Object> out = new LinkedHashMap<>();
        if (v.required(p + "/number", invoice.number()) && v.maxLength(p + "/number", invoice.number(), 100)) {
            out.put("number", invoice.number());
        }
        date(v, p + "/issuedOn", invoice.issuedOn()).ifPresent(d -> out.put("issuedOn", d.toString()));
        out.put("seller", trader(v, p + "/seller", invoice.seller()));
        out.put("buyer", trader(v, p + "/buyer", invoice.buyer()));
        Currency currency = null;
        if (v.required(p + "/currency", invoice.currency())) {
            if (Currencies.isValid(invoice.currency())) {
                currency = Currency.getInstance(invoice.currency());
                out.put("currency", currency.getCurrencyCode());
            } else {
                v.add(p + "/currency", "not-iso-4217", "must be an ISO 4217 currency code");
            }
        }
        List<Map<String, Object>> lines = new ArrayList<>();
        BigDecimal[] sum = {BigDecimal.ZERO};
        v.each(p + "/lines", invoice.lines(), 200, (lp, line) -> {
            Map<String, Object> l = new LinkedHashMap<>();
            if (v.required(lp + "/description", line.description()) && v.maxLength(lp + "/description", line.description(), 300)) {
                l.put("description", line.description());
            }
            BigDecimal quantity = v.decimal(lp + "/quantity", line.quantity(), false, 3);
            BigDecimal price = v.decimal(lp + "/unitPrice", line.unitPrice(), true, 4);
            if (quantity != null && price != null) {
                l.put("quantity", quantity.toPlainString());
                l.put("unitPrice", price.toPlainString());
                sum[0] = sum[0].add(quantity.multiply(price));
            }
            lines.add(l);
        });
        out.put("lines", lines);
        BigDecimal total = v.decimal(p + "/total", invoice.total(), true, 4);
        if (total != null) {
            out.put("total", total.toPlainString());
            if (total.subtract(sum[0]).abs().compareTo(new BigDecimal("0.01")) > 0) {
                v.add(p + "/total", "total-mismatch", "the lines add up to " + sum[0].setScale(2, RoundingMode.HALF_UP)
                        .toPlainString() + ", not " + total.toPlainString());
            }
        }
        return JSON.writeValueAsString(out);
    }

    private static Map<String, Object> trader(Violations v, String p, DocumentResponses.TraderBody trader) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (!v.required(p, trader)) {
            return out;
        }
        if (v.required(p + "/name", trader.name()) && v.maxLength(p + "/name", trader.name(), 200)) {
            out.put("name", trader.name());
        }
        if (trader.country() != null) {
            if (CountryCode.isValid(trader.country())) {
                out.put("country", trader.country());
            } else {
                v.add(p + "/country", "not-iso-3166", "must be an ISO 3166-1 alpha-2 country code");
            }
        }
        return out;
    }

    private static String permit(Violations v, DocumentResponses.EPermitBody permit) {
        String p = "/permit";
        Map<String, Object> out = new LinkedHashMap<>();
        if (v.required(p + "/permitNumber", permit.permitNumber()) && v.maxLength(p + "/permitNumber", permit.permitNumber(), 50)) {
            out.put("permitNumber", permit.permitNumber());
        }
        if (v.required(p + "/issuingAgency", permit.issuingAgency())
                && v.maxLength(p + "/issuingAgency", permit.issuingAgency(), 200)) {
            out.put("issuingAgency", permit.issuingAgency());
        }
        Optional<LocalDate> from = date(v, p + "/validFrom", permit.validFrom());
        Optional<LocalDate> until = date(v, p + "/validUntil", permit.validUntil());
        from.ifPresent(d -> out.put("validFrom", d.toString()));
        until.ifPresent(d -> out.put("validUntil", d.toString()));
        if (from.isPresent() && until.isPresent() && until.get().isBefore(from.get())) {
            v.add(p + "/validUntil", "before-valid-from", "must not be before validFrom");
        }
        return JSON.writeValueAsString(out);
    }

    static Optional<LocalDate> date(Violations v, String pointer, String value) {
        if (!v.required(pointer, value)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.length() <= 10 ? value : "x"));
        } catch (DateTimeParseException e) {
            v.add(pointer, "not-a-date", "must be an ISO 8601 date such as 2026-11-20");
            return Optional.empty();
        }
    }
}
