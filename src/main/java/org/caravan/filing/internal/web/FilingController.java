package org.caravan.filing.internal.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;

import org.caravan.filing.internal.FilingUseCases;
import org.caravan.common.web.Problems;
import org.caravan.party.Caller;
import org.caravan.party.FilingSignatures;
import org.caravan.party.SignatureRefused;
import org.caravan.party.Role;
import org.caravan.party.Roles;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Filing endpoints for platforms (orders) and couriers (manifests). They answer with the
 * text stored for the Idempotency-Key, so a retry replays exactly what the first answer said;
 * the OpenAPI document describes that text by the records it is written from
 * ({@link OrderReceipt}, {@link ManifestReceipt}).
 */
@RestController
@RequestMapping("/api/v1")
class FilingController {

    static final String NDJSON = "application/x-ndjson";
    private static final String REPLAYED = "Idempotent-Replayed";
    private static final String REPLAYED_TEXT = "true when this answer replays the first one sent for the key";
    private static final String SIGNATURE_TEXT = "A compact JWS with a detached payload (header..signature) over the "
            + "exact request body, made with a signing key the filer registered (RS256, PS256, ES256 or EdDSA; "
            + "RFC 7797 b64=false allowed); required when an administration of a destination requires it. "
            + "See docs/signed-filings.md";
    private static final String IDEMPOTENCY_KEY_TEXT = "1 to 200 characters chosen by the filer, the same on every retry "
            + "of one filing; reused with another body it is refused with 409";

    private final FilingUseCases filing;
    private final JsonMapper json;

    FilingController(FilingUseCases filing, JsonMapper json) {
        this.filing = filing;
        this.json = json;
    }

    @Operation(summary = "File an order at checkout and receive a landed-cost estimate")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = FilingRequests.Order.class),
            examples = @ExampleObject(name = "order", value = FilingExamples.ORDER)))
    @ApiResponse(responseCode = "201", description = "Filed, or the replay of the first answer to this key",
            headers = @Header(name = REPLAYED, description = REPLAYED_TEXT, schema = @Schema(type = "boolean")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = OrderReceipt.class)))
    @PostMapping(path = "/orders", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> fileOrder(Caller caller,
            @Parameter(description = IDEMPOTENCY_KEY_TEXT) @RequestHeader("Idempotency-Key") String key,
            @Parameter(description = SIGNATURE_TEXT) @RequestHeader(name = FilingSignatures.HEADER, required = false)
            Optional<String> signature,
            @RequestBody byte[] body) {
        Roles.require(caller, Role.PLATFORM);
        return filing.fileOrder(caller, key, body, () -> json.readValue(body, FilingRequests.Order.class), signature);
    }

    @Operation(summary = "File a manifest before arrival, as one JSON document or as JSON Lines",
            description = "Decisions follow asynchronously; read them per consignment.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = FilingRequests.Manifest.class),
                    examples = @ExampleObject(name = "manifest", value = FilingExamples.MANIFEST)),
            @Content(mediaType = NDJSON, schema = @Schema(type = "string", description = "A header line with the "
                    + "master consignment (a manifest without consignments), then one house consignment per line"),
                    examples = @ExampleObject(name = "manifest", value = FilingExamples.MANIFEST_LINES))})
    @ApiResponse(responseCode = "202", description = "Accepted for clearance, or the replay of the first answer to this key",
            headers = @Header(name = REPLAYED, description = REPLAYED_TEXT, schema = @Schema(type = "boolean")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ManifestReceipt.class)))
    @PostMapping(path = "/manifests", consumes = {MediaType.APPLICATION_JSON_VALUE, NDJSON},
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> fileManifest(Caller caller,
            @Parameter(description = IDEMPOTENCY_KEY_TEXT) @RequestHeader("Idempotency-Key") String key,
            @Parameter(description = SIGNATURE_TEXT) @RequestHeader(name = FilingSignatures.HEADER, required = false)
            Optional<String> signature,
            @Parameter(hidden = true) @RequestHeader("Content-Type") MediaType contentType,
            @Parameter(hidden = true) InputStream body) throws IOException {
        Roles.requireDeclarant(caller);
        if (contentType.isCompatibleWith(MediaType.parseMediaType(NDJSON))) {
            // streamed: read line by line from the request, never held whole
            return filing.fileManifestLines(caller, key, body, signature);
        }
        byte[] document = body.readAllBytes();
        return filing.fileManifest(caller, key, document, () -> json.readValue(document, FilingRequests.Manifest.class),
                signature);
    }

    /** A refused signature names the header and its own problem type, so a filer can tell it from bad fields. */
    @ExceptionHandler(SignatureRefused.class)
    ProblemDetail signatureRefused(SignatureRefused e) {
        boolean required = SignatureRefused.REQUIRED.equals(e.problemType());
        return Problems.withViolations(Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, e.problemType(),
                required ? "A signature is required" : "The signature is refused",
                FilingSignatures.HEADER + " " + e.reason()), e.violations());
    }

    @Operation(summary = "Read the receipt of a manifest you filed, page by page, in filing order")
    @ApiResponse(responseCode = "200", description = "One page of receipt lines", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ManifestReceipt.Page.class)))
    @GetMapping(path = "/manifests/{manifestId}/consignments", produces = MediaType.APPLICATION_JSON_VALUE)
    ManifestReceipt.Page receiptPage(Caller caller, @PathVariable UUID manifestId,
            @Parameter(description = "The consignmentId of the last line of the previous page")
            @RequestParam Optional<UUID> after,
            @Parameter(description = "Lines per page, 1 to 1000") @RequestParam(defaultValue = "1000") int limit) {
        Roles.requireDeclarant(caller);
        return filing.receiptPage(caller, manifestId, after, limit);
    }
}
