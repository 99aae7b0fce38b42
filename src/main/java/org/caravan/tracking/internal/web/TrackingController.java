package org.caravan.tracking.internal.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.caravan.clearance.ClearanceStandings;
import org.caravan.clearance.ConsigneeDocuments;
import org.caravan.clearance.ConsigneePayments;
import org.caravan.common.InvalidInput;
import org.caravan.common.NotFound;
import org.caravan.common.ProblemTypes;
import org.caravan.common.Violation;
import org.caravan.common.web.ProblemAnswers;
import org.caravan.common.web.Problems;
import org.caravan.filing.ConsigneeProof;
import org.caravan.filing.FiledConsignment;
import org.caravan.reference.ChargeWords;
import org.caravan.filing.FiledConsignments;
import org.caravan.tracking.internal.ConsumerTimeline;
import org.caravan.tracking.internal.TimelineCodes;
import org.caravan.tracking.internal.TrackingTexts;
import org.caravan.tracking.internal.store.Timeline;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
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

    private final ConsumerTimeline timeline;
    private final TrackingTexts texts;
    private final FiledConsignments filings;
    private final ClearanceStandings standings;
    private final ConsigneeDocuments consigneeDocuments;
    private final ConsigneePayments consigneePayments;
    private final ClientBuckets proofAttempts;
    /** Failed proofs per parcel, whatever the address: many addresses must not add up to many guesses. */
    private final ClientBuckets failedProofs;
    private final long maxPdfBytes;
    private final Optional<ClientBuckets> lookups;
    private final Set<String> trustedProxies;

    TrackingController(ConsumerTimeline timeline, TrackingTexts texts, FiledConsignments filings,
            ClearanceStandings standings, ConsigneeDocuments consigneeDocuments, ConsigneePayments consigneePayments,
            @Value("${caravan.tracking.proof-attempts-per-minute:10}") int proofAttemptsPerMinute,
            @Value("${caravan.tracking.lookups-per-minute:300}") int lookupsPerMinute,
            @Value("${caravan.tracking.trusted-proxies:}") Set<String> trustedProxies,
            @Value("${caravan.tracking.failed-proofs-per-parcel-per-hour:20}") int failedProofsPerHour,
            @Value("${caravan.documents.max-pdf-bytes:5242880}") long maxPdfBytes) {
        this.timeline = timeline;
        this.texts = texts;
        this.filings = filings;
        this.standings = standings;
        this.consigneeDocuments = consigneeDocuments;
        this.consigneePayments = consigneePayments;
        this.proofAttempts = new ClientBuckets(proofAttemptsPerMinute, Duration.ofMinutes(1), 100_000, Clock.systemUTC());
        this.lookups = lookupsPerMinute > 0
                ? Optional.of(new ClientBuckets(lookupsPerMinute, Duration.ofMinutes(1), 100_000, Clock.systemUTC()))
                : Optional.empty();
        this.trustedProxies = Set.copyOf(trustedProxies);
        this.failedProofs = new ClientBuckets(failedProofsPerHour, Duration.ofHours(1), 100_000, Clock.systemUTC());
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
        String client = clientAddress(request);
        // a partner signed in with its token (a courier watching its parcels) is not held to a consumer's pace
        Optional<Long> wait = request.getUserPrincipal() != null ? Optional.empty() : lookups.flatMap(l -> l.take(client));
        if (wait.isPresent()) {
            return tooMany(wait.get(), "Too many lookups", "Too many tracking lookups from this address");
        }
        if (proof != null) {
            Optional<ResponseEntity<Object>> refused = refuseProofAttempt(client, trackingNumber);
            if (refused.isPresent()) {
                return refused.get();
            }
        }
        List<Timeline.Entry> entries = timeline.of(trackingNumber);
        if (entries.isEmpty()) {
            throw new NotFound("No tracking information for this parcel yet");
        }
        Locale language = TrackingTexts.language(Collections.list(request.getLocales()));
        Optional<FiledConsignment> proven = proof == null ? Optional.empty() : proven(trackingNumber, proof);
        return ResponseEntity.<Object>ok().header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag())
                .header(HttpHeaders.VARY, "Accept-Language, " + PROOF)
                .body(view(trackingNumber, entries, language, proven));
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
        Optional<ResponseEntity<Object>> refused = requireProof(request, trackingNumber, proof,
                () -> new NotFound("No document request " + requestId));
        if (refused.isPresent()) {
            return refused.get();
        }
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
        Optional<ResponseEntity<Object>> refused = requireProof(request, trackingNumber, proof,
                () -> new NotFound("No payment request " + (body == null ? "" : body.reference()) + " for this parcel"));
        if (refused.isPresent()) {
            return refused.get();
        }
        ConsigneePayments.PaymentConfirmed paid = consigneePayments.pay(trackingNumber, body);
        return ResponseEntity.<Object>status(paid.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(paid);
    }

    /**
     * What the consignee's own actions ask first: a proof attempt within the limits (else the
     * 429 to answer) that holds (else {@code notFound}, as for what is not there at all).
     */
    private Optional<ResponseEntity<Object>> requireProof(HttpServletRequest request, String trackingNumber,
            String proof, java.util.function.Supplier<NotFound> notFound) {
        Optional<ResponseEntity<Object>> refused = refuseProofAttempt(clientAddress(request), trackingNumber);
        if (refused.isPresent()) {
            return refused;
        }
        if (proof == null || proven(trackingNumber, proof).isEmpty()) {
            throw notFound.get();
        }
        return Optional.empty();
    }

    /**
     * A proof attempt is refused when its address has tried too often, or when the parcel has
     * seen too many failed proofs from anywhere: a four-digit phone tail must not fall to
     * guesses spread over many addresses.
     */
    private Optional<ResponseEntity<Object>> refuseProofAttempt(String client, String trackingNumber) {
        Optional<Long> wait = proofAttempts.take(client).or(() -> failedProofs.peek(trackingNumber));
        return wait.map(w -> tooMany(w, "Too many proof attempts",
                "Too many attempts to prove a parcel's details from this address or for this parcel"));
    }

    /** The filing, when the proof holds; a failed proof counts against the parcel. */
    private Optional<FiledConsignment> proven(String trackingNumber, String proof) {
        Optional<FiledConsignment> proven = filings.byTrackingNumber(trackingNumber)
                .filter(c -> ConsigneeProof.proves(c.consignee(), proof));
        if (proven.isEmpty()) {
            failedProofs.take(trackingNumber);
        }
        return proven;
    }

    private static ResponseEntity<Object> tooMany(long wait, String title, String detail) {
        long seconds = Math.max(1, wait);
        ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.TOO_MANY_REQUESTS, title,
                detail + "; retry after " + seconds + " s.");
        return ResponseEntity.<Object>status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER,
                Long.toString(seconds)).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private TrackingView view(String trackingNumber, List<Timeline.Entry> entries, Locale language,
            Optional<FiledConsignment> proven) {
        List<TrackingView.Event> events = new ArrayList<>(entries.size());
        boolean arrived = false;
        for (Timeline.Entry e : entries) {
            arrived |= e.status().equals("ARRIVED");
            String key = textKey(e.status(), arrived);
            events.add(new TrackingView.Event(e.occurredAt(), e.status(), TimelineCodes.of(e.status()),
                    texts.optional("status." + key, language).orElse(e.explanation()), e.jurisdiction().orElse(null)));
        }
        // arrival changes nothing of what the consumer must do: the hold before it still stands
        String standing = entries.stream().map(Timeline.Entry::status).filter(st -> !st.equals("ARRIVED"))
                .reduce((first, second) -> second).orElse("ARRIVED");
        String lastKey = textKey(standing, arrived);
        java.util.Map<String, String> references = proven.isEmpty() ? java.util.Map.of()
                : consigneePayments.due(trackingNumber).stream().collect(java.util.stream.Collectors.toMap(
                        ConsigneePayments.Due::jurisdiction, ConsigneePayments.Due::reference, (a, b) -> a));
        List<TrackingView.AmountDue> due = proven.isEmpty() ? null : standings.of(trackingNumber).stream()
                .filter(s -> s.amountDue() != null)
                .map(s -> new TrackingView.AmountDue(s.jurisdiction(), s.amountDue().toPlainString(), s.amountCurrency(),
                        s.lines().stream().map(l -> new TrackingView.DueLine(l.kind().name(), l.due().amount().toPlainString(),
                                l.due().currency().getCurrencyCode(), ChargeWords.plain(l.kind(), l.name(), l.payer(), l.base(),
                                        l.ratePercent(), l.perKg(), l.massKg(), l.minimumApplied(), l.due(), language),
                                l.legalBasis())).toList(), references.get(s.jurisdiction())))
                .toList();
        Optional<String> action = due != null && !due.isEmpty() && standing.equals("PAYMENT_REQUIRED")
                ? texts.optional("action.PAYMENT_REQUIRED.amount", language, due.get(0).amount(), due.get(0).currency())
                : texts.optional("action." + lastKey, language);
        TrackingView.Event current = events.get(events.size() - 1);
        return new TrackingView(trackingNumber, current.status(), current.code(), current.explanation(),
                action.orElse(null), language.toLanguageTag(), proven.isPresent(), due,
                proven.map(c -> c.items().stream().map(FiledConsignment.Item::description).toList()).orElse(null),
                proven.map(c -> consigneeDocuments.open(trackingNumber).stream().map(r -> new TrackingView.DocumentRequested(
                        r.requestId(), r.jurisdiction(), r.kind(), r.reason(), r.requestedAt())).toList()).orElse(null),
                events);
    }

    /** A hold reads differently before and after arrival: only after it does the consumer wait for a check. */
    private static String textKey(String status, boolean arrived) {
        return status.equals(ConsumerTimeline.HELD_BY_CUSTOMS)
                ? status + (arrived ? ".at-the-border" : ".before-arrival") : status;
    }

    /**
     * The address the request came from; behind a proxy named in caravan.tracking.trusted-proxies,
     * the last address it forwarded for, so consumers behind one proxy are not one client.
     */
    private String clientAddress(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded != null && trustedProxies.contains(remote)) {
            String[] hops = forwarded.split(",");
            String client = hops[hops.length - 1].trim();
            if (!client.isEmpty() && client.length() <= 64) {
                return client;
            }
        }
        return remote;
    }
}
