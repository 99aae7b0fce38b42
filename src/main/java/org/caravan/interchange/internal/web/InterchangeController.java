package org.caravan.interchange.internal.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.caravan.common.store.ManifestSpool;
import org.caravan.common.web.Cursors;
import org.caravan.interchange.internal.EdifactMedia;
import org.caravan.interchange.internal.InterchangeRejected;
import org.caravan.interchange.internal.ReceiveEdifact;
import org.caravan.interchange.internal.ReceiveWco;
import org.caravan.interchange.internal.store.OutboundMessages;
import org.caravan.party.Caller;
import org.caravan.party.Role;
import org.caravan.party.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Couriers file in UN/EDIFACT or WCO Data Model XML and fetch what Caravan sends them
 * (CONTRL, CUSRES, IFTSTA, WCO responses) with a cursor. A rejected interchange is answered
 * with problem details naming each segment and element, or XPath, and nothing is stored.
 */
@RestController
@RequestMapping("/api/v1/interchange")
class InterchangeController {

    /** Long enough for any transaction that took a sequence number to have committed. */
    private static final Duration SETTLE = Duration.ofMillis(500);
    private static final int MAX_PAGE = 500;

    private final ReceiveEdifact edifact;
    private final ReceiveWco wco;
    private final OutboundMessages outbound;
    private final JsonMapper json;
    private final Path spool;

    InterchangeController(ReceiveEdifact edifact, ReceiveWco wco, OutboundMessages outbound, JsonMapper json,
            @Value("${caravan.data-dir}") Path dataDir) {
        this.spool = dataDir.resolve("spool");
        this.edifact = edifact;
        this.wco = wco;
        this.outbound = outbound;
        this.json = json;
    }

    @Operation(summary = "File manifests (CUSCAR, couriers) or orders (CUSDEC, platforms) as a UN/EDIFACT interchange",
            description = "Directories D96B and D99B. The interchange control reference is the idempotency key: "
                    + "re-sending an interchange replays its receipts. See docs/edifact/CUSCAR.md and CUSDEC.md.")
    @ApiResponse(responseCode = "202", description = "Filed; the CONTRL acknowledgement and each message's receipt")
    @PostMapping(path = "/edifact", consumes = {EdifactMedia.EDIFACT, MediaType.TEXT_PLAIN_VALUE,
            MediaType.APPLICATION_OCTET_STREAM_VALUE}, produces = MediaType.APPLICATION_JSON_VALUE)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
            @io.swagger.v3.oas.annotations.media.Content(mediaType = EdifactMedia.EDIFACT,
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string")),
            @io.swagger.v3.oas.annotations.media.Content(mediaType = MediaType.TEXT_PLAIN_VALUE,
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string")),
            @io.swagger.v3.oas.annotations.media.Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE,
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary"))})
    ResponseEntity<InterchangeReceipt> fileEdifact(Caller caller,
            @io.swagger.v3.oas.annotations.Parameter(hidden = true) InputStream body) throws IOException {
        Roles.requireDeclarant(caller, Role.PLATFORM);
        ReceiveEdifact.Accepted accepted;
        // received into a file first: the upload's pace is the partner's network, not a transaction's
        try (ManifestSpool received = ManifestSpool.receive(body, spool)) {
            accepted = edifact.receive(caller, received);
        }
        List<InterchangeReceipt.Message> messages = accepted.messages().stream()
                .map(m -> new InterchangeReceipt.Message(m.messageReference(), m.type(), m.version(),
                        m.receipt().replayed(), json.readTree(m.receipt().json())))
                .toList();
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new InterchangeReceipt(accepted.controlReference(),
                accepted.sender(), "ACCEPTED", accepted.acknowledgement(), messages));
    }

    @Operation(summary = "File a WCO Data Model declaration (XML, DMS 3.6) as a manifest of one consignment",
            description = "The declaration's FunctionalReferenceID (LRN) is the idempotency key. Mapping errors "
                    + "name the XPath of the element. See docs/wco/DECLARATION.md.")
    @ApiResponse(responseCode = "202", description = "Filed; the WCO acceptance response notification")
    @PostMapping(path = "/wco", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE},
            produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> fileWco(Caller caller, @RequestBody byte[] body) {
        Roles.requireDeclarant(caller);
        return ResponseEntity.status(HttpStatus.ACCEPTED).contentType(MediaType.APPLICATION_XML)
                .body(wco.receive(caller, body));
    }

    @ExceptionHandler(InterchangeRejected.class)
    ProblemDetail rejected(InterchangeRejected e) {
        return InterchangeProblems.of(e);
    }

    @Operation(summary = "The caller's outbound messages after a cursor, oldest first")
    @GetMapping(path = "/messages", produces = MediaType.APPLICATION_JSON_VALUE)
    OutboundPage messages(Caller caller, @RequestParam(name = "after", defaultValue = "0") String after,
            @RequestParam(name = "limit", defaultValue = "100") int limit) {
        long cursor = Cursors.after(after, limit, MAX_PAGE);
        var page = outbound.after(caller.partyId(), cursor, limit, Instant.now().minus(SETTLE));
        var messages = page.stream().map(m -> new OutboundPage.Message(String.valueOf(m.seq()), m.type(), m.subject(),
                m.mediaType(), m.body(), m.createdAt())).toList();
        return new OutboundPage(messages, messages.isEmpty() ? String.valueOf(cursor) : messages.get(messages.size() - 1).cursor());
    }
}
