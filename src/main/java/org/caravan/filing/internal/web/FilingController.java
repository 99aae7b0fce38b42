package org.caravan.filing.internal.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.caravan.filing.internal.FilingUseCases;
import org.caravan.party.Caller;
import org.caravan.party.Role;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.json.JsonMapper;

/** Filing endpoints for platforms (orders) and couriers (manifests). */
@RestController
@RequestMapping("/api/v1")
class FilingController {

    static final String NDJSON = "application/x-ndjson";

    private final FilingUseCases filing;
    private final JsonMapper json;

    FilingController(FilingUseCases filing, JsonMapper json) {
        this.filing = filing;
        this.json = json;
    }

    @PostMapping(path = "/orders", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> fileOrder(Caller caller, @RequestHeader("Idempotency-Key") String key, @RequestBody byte[] body) {
        require(caller, Role.PLATFORM);
        return filing.fileOrder(caller, key, body, () -> json.readValue(body, FilingRequests.Order.class));
    }

    @PostMapping(path = "/manifests", consumes = {MediaType.APPLICATION_JSON_VALUE, NDJSON},
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> fileManifest(Caller caller, @RequestHeader("Idempotency-Key") String key,
            @RequestHeader("Content-Type") MediaType contentType, @RequestBody byte[] body) {
        require(caller, Role.COURIER);
        boolean lines = contentType.isCompatibleWith(MediaType.parseMediaType(NDJSON));
        return filing.fileManifest(caller, key, body, () -> lines ? jsonLines(body)
                : json.readValue(body, FilingRequests.Manifest.class));
    }

    /** JSON Lines: a header line with the master consignment, then one house consignment per line. */
    private FilingRequests.Manifest jsonLines(byte[] body) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8))) {
            String header = in.readLine();
            if (header == null || header.isBlank()) {
                return null;
            }
            FilingRequests.Manifest manifest = json.readValue(header, FilingRequests.Manifest.class);
            List<FilingRequests.ConsignmentLine> consignments = new ArrayList<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    consignments.add(json.readValue(line, FilingRequests.ConsignmentLine.class));
                }
            }
            return manifest == null ? null : manifest.withConsignments(consignments);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void require(Caller caller, Role role) {
        if (!caller.is(role)) {
            throw new AccessDeniedException("Only a " + role + " may do this");
        }
    }
}
