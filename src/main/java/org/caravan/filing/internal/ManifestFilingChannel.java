package org.caravan.filing.internal;

import java.util.List;

import org.caravan.common.Violation;
import org.caravan.filing.ManifestFiling;
import org.caravan.filing.internal.web.FilingRequests;
import org.caravan.party.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@link ManifestFiling} over the JSON API's use case. The idempotency fingerprint is the
 * manifest as JSON, so a partner re-sending the same content under the same key is answered
 * with the first receipt, whatever the separators or layout of its original message.
 */
@Component
class ManifestFilingChannel implements ManifestFiling {

    private final FilingUseCases filing;
    private final JsonMapper json;

    ManifestFilingChannel(FilingUseCases filing, JsonMapper json) {
        this.filing = filing;
        this.json = json;
    }

    @Override
    public Receipt file(Caller caller, String idempotencyKey, FilingRequests.Manifest manifest) {
        ResponseEntity<String> answer = filing.fileManifest(caller, idempotencyKey, json.writeValueAsBytes(manifest),
                () -> manifest);
        return new Receipt(answer.getStatusCode().value(), answer.getBody(),
                "true".equals(answer.getHeaders().getFirst("Idempotent-Replayed")));
    }

    @Override
    public List<Violation> violations(FilingRequests.Manifest manifest) {
        return filing.violations(manifest);
    }
}
