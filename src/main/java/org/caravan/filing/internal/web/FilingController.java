package org.caravan.filing.internal.web;

import java.util.ArrayList;
import java.util.List;

import org.caravan.common.InvalidInput;
import org.caravan.common.Violation;
import org.caravan.common.web.RejectedLines;
import org.caravan.filing.internal.FilingUseCases;
import org.caravan.party.Caller;
import org.caravan.party.Role;
import org.caravan.party.Roles;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
        Roles.require(caller, Role.PLATFORM);
        return filing.fileOrder(caller, key, body, () -> json.readValue(body, FilingRequests.Order.class));
    }

    @PostMapping(path = "/manifests", consumes = {MediaType.APPLICATION_JSON_VALUE, NDJSON},
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> fileManifest(Caller caller, @RequestHeader("Idempotency-Key") String key,
            @RequestHeader("Content-Type") MediaType contentType, @RequestBody byte[] body) {
        Roles.require(caller, Role.COURIER);
        if (contentType.isCompatibleWith(MediaType.parseMediaType(NDJSON))) {
            return fileJsonLines(caller, key, body);
        }
        return filing.fileManifest(caller, key, body, () -> json.readValue(body, FilingRequests.Manifest.class));
    }

    /**
     * A JSON Lines manifest is rejected with every bad line and its number: unreadable lines
     * (400) together with what validation finds in the readable ones, or validation alone (422).
     */
    private ResponseEntity<String> fileJsonLines(Caller caller, String key, byte[] body) {
        JsonLinesManifest lines = JsonLinesManifest.read(body, json);
        if (!lines.unreadable().isEmpty()) {
            List<Violation> all = new ArrayList<>(lines.unreadable());
            if (lines.manifest() != null) {
                // The count of consignments is off by the unreadable lines, so it is not judged here.
                lines.locate(filing.violations(lines.manifest())).stream()
                        .filter(v -> !v.pointer().equals("/consignments")).forEach(all::add);
            }
            throw new RejectedLines(true, all);
        }
        try {
            return filing.fileManifest(caller, key, body, lines::manifest);
        } catch (InvalidInput e) {
            List<Violation> located = lines.locate(e.violations());
            if (located.stream().noneMatch(v -> v.line().isPresent())) {
                throw e;
            }
            throw new RejectedLines(false, located);
        }
    }
}
