package org.caravan.tracking.internal.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.caravan.clearance.ConsigneeDocuments;
import org.caravan.clearance.ConsigneePayments;
import org.caravan.common.InvalidInput;
import org.caravan.common.NotFound;
import org.caravan.common.ProblemTypes;
import org.caravan.common.Violation;
import org.caravan.common.web.ProblemAnswers;
import org.caravan.common.web.Problems;
import org.caravan.tracking.ConsumerTracking;
import org.caravan.tracking.ParcelView;
import org.caravan.tracking.TooManyAttempts;
import org.caravan.tracking.internal.ConsigneeProofs;
import org.caravan.tracking.internal.ConsumerViews;
import org.caravan.tracking.internal.TrackingTexts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * The consumer's view, open without a token: by tracking number the timeline only; with
 * the postcode or the last four digits of the phone number of the filing (header
 * {@value #PROOF}, never the URL) also the amount due and the goods description. A wrong
 * proof is answered exactly as no proof. Proof attempts are limited per client address.
 */
@RestController
class TrackingController {

    static final String PROOF = "Caravan-Consignee-Proof";

    private final ConsumerViews views;
    private final ConsigneeProofs proofs;
    private final ConsigneeDocuments consigneeDocuments;
    private final ConsigneePayments consigneePayments;
    private final long maxPdfBytes;

    TrackingController(ConsumerViews views, ConsigneeProofs proofs, ConsigneeDocuments consigneeDocuments,
            ConsigneePayments consigneePayments, @Value("${caravan.documents.max-pdf-bytes:5242880}") long maxPdfBytes) {
        this.views = views;
        this.proofs = proofs;
        this.consigneeDocuments = consigneeDocuments;
        this.consigneePayments = consigneePayments;
        this.maxPdfBytes = maxPdfBytes;
    }

    @Operation(summary = "A parcel's status timeline for the consumer", description = "Open without a token; "
            + "before arrival a parcel selected for checks shows only as held by customs. Texts in the language of "
            + "Accept-Language (en, ru, kk, uz, ky, tg; English otherwise). With the header " + PROOF + " holding "
            + "the postcode or the last four digits of the phone number on the filing, the answer also shows the "
            + "amount due and the goods description; a wrong proof is answered exactly as none. Proof attempts are "
            + "limited per client address (429 with Retry-After); lookups too where the operator sets a limit.")
    @ApiResponse(responseCode = "200", description = "The timeline, oldest event first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = TrackingView.class)))
    @ApiResponse(responseCode = "429", description = "Too many proof attempts (or lookups, where limited) from this address; "
            + "retry after Retry-After seconds",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(ref = "#/components/schemas/" + ProblemAnswers.PROBLEM_SCHEMA)))
    @Parameter(name = PROOF, in = ParameterIn.HEADER, required = false,
            description = "The consignee's postcode, or the last four digits of their phone number, as filed")
    @GetMapping(path = "/api/v1/tracking/{trackingNumber}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> track(@PathVariable String trackingNumber,
            @RequestHeader(name = PROOF, required = false) String proof, HttpServletRequest request) {
        Locale language = TrackingTexts.language(Collections.list(request.getLocales()));
        // a partner signed in with its token (a courier watching its parcels) is not held to a consumer's pace
        ParcelView view = views.view(new ConsumerTracking.Enquiry(trackingNumber, language, Optional.ofNullable(proof),
                request.getRemoteAddr(), request.getHeader("X-Forwarded-For")), request.getUserPrincipal() != null)
                .orElseThrow(() -> new NotFound("No tracking information for this parcel yet"));
        return ResponseEntity.<Object>ok().header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag())
                .header(HttpHeaders.VARY, "Accept-Language, " + PROOF)
                .body(TrackingView.of(view));
    }

    @Operation(summary = "The consignee sends a document customs asked for",
            description = "The body is the PDF itself (application/pdf), at most caravan.documents.max-pdf-bytes. "
            + "Only with the " + PROOF + " header proving the filing's postcode or phone digits; without it, or with a "
            + "wrong one, the request is not found, exactly as one of another parcel. Proof attempts are limited per "
            + "client address.")
    @ApiResponse(responseCode = "201", description = "The document, waiting for the officer's review")
    @ApiResponse(responseCode = "404", description = "No such open request for this parcel, or the proof does not hold",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(ref = "#/components/schemas/" + ProblemAnswers.PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "422", description = "Not a PDF (by its first bytes), empty or too large",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(ref = "#/components/schemas/" + ProblemAnswers.PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "429", description = "Too many proof attempts from this address; retry after Retry-After "
            + "seconds", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(ref = "#/components/schemas/" + ProblemAnswers.PROBLEM_SCHEMA)))
    @Parameter(name = PROOF, in = ParameterIn.HEADER, required = true,
            description = "The consignee's postcode, or the last four digits of their phone number, as filed")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "The PDF itself",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    @PostMapping(path = "/api/v1/tracking/{trackingNumber}/document-requests/{requestId}/documents",
            consumes = "application/pdf", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> supply(@PathVariable String trackingNumber, @PathVariable UUID requestId,
            @RequestHeader(name = PROOF, required = false) String proof, HttpServletRequest request) throws IOException {
        // the proof is judged before the body is read, and the body is read no further than a PDF may go
        requireProof(request, trackingNumber, proof,
                () -> new NotFound("No document request " + requestId));
        if (request.getContentLengthLong() > maxPdfBytes) {
            throw new InvalidInput(new Violation("", "too-large", "a PDF is at most " + maxPdfBytes + " bytes; this one has "
                    + request.getContentLengthLong()));
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxPdfBytes + 1));
        }
        UUID documentId = consigneeDocuments.supplyPdf(trackingNumber, requestId, body);
        return ResponseEntity.<Object>status(HttpStatus.CREATED).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(new TrackingView.DocumentSupplied(documentId, "SUBMITTED"));
    }

    @Operation(summary = "The consignee pays the duties and taxes due",
            description = "The same body as POST /api/v1/payments: the payment reference the tracking view shows after "
            + "proof, the amount and currency due, the payment provider's transaction id. Only with the " + PROOF
            + " header proving the filing's postcode or phone digits; without it, or with a wrong one, the request is not "
            + "found, exactly as one of another parcel. The same providerRef again answers the first payment (200).")
    @ApiResponse(responseCode = "201", description = "The payment; the parcel is released",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ConsigneePayments.PaymentConfirmed.class)))
    @ApiResponse(responseCode = "200", description = "The payment of the same provider transaction, recorded before",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ConsigneePayments.PaymentConfirmed.class)))
    @ApiResponse(responseCode = "404", description = "No such payment request for this parcel, or the proof does not hold",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(ref = "#/components/schemas/" + ProblemAnswers.PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "429", description = "Too many proof attempts from this address; retry after Retry-After "
            + "seconds", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(ref = "#/components/schemas/" + ProblemAnswers.PROBLEM_SCHEMA)))
    @Parameter(name = PROOF, in = ParameterIn.HEADER, required = true,
            description = "The consignee's postcode, or the last four digits of their phone number, as filed")
    @PostMapping(path = "/api/v1/tracking/{trackingNumber}/payments", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> pay(@PathVariable String trackingNumber,
            @RequestHeader(name = PROOF, required = false) String proof,
            @RequestBody ConsigneePayments.PaymentBody body, HttpServletRequest request) {
        requireProof(request, trackingNumber, proof,
                () -> new NotFound("No payment request " + (body == null ? "" : body.reference()) + " for this parcel"));
        ConsigneePayments.PaymentConfirmed paid = consigneePayments.pay(trackingNumber, body);
        return ResponseEntity.<Object>status(paid.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(paid);
    }

    /**
     * What the consignee's own actions ask first: a proof attempt within the limits (else
     * {@link TooManyAttempts}) that holds (else {@code notFound}, as for what is not there at all).
     */
    private void requireProof(HttpServletRequest request, String trackingNumber,
            String proof, java.util.function.Supplier<NotFound> notFound) {
        proofs.attempt(proofs.client(request.getRemoteAddr(), request.getHeader("X-Forwarded-For")), trackingNumber);
        if (proof == null || proofs.proven(trackingNumber, proof).isEmpty()) {
            throw notFound.get();
        }
    }

    @ExceptionHandler(TooManyAttempts.class)
    ResponseEntity<Object> tooMany(TooManyAttempts refused) {
        long seconds = refused.retryAfterSeconds();
        ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.TOO_MANY_REQUESTS, refused.title(),
                refused.getMessage() + "; retry after " + seconds + " s.");
        return ResponseEntity.<Object>status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER,
                Long.toString(seconds)).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
