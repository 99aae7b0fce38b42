package org.caravan.filing.internal;

import java.util.Iterator;
import java.util.List;

import org.caravan.common.HotPathStages;
import org.caravan.common.Violation;
import org.caravan.filing.ManifestFiling;
import org.caravan.filing.internal.web.FilingRequests;
import org.caravan.common.Violations;
import org.caravan.filing.internal.web.ManifestReceipt;
import org.caravan.party.Caller;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
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
    private final ManifestValidation validation;
    private final FileManifest fileManifest;
    private final IdempotentFiling idempotent;
    private final HotPathStages stages;
    private final int maxStreamedConsignments;
    private final SignedFilings signed;

    ManifestFilingChannel(FilingUseCases filing, JsonMapper json, ManifestValidation validation, FileManifest fileManifest,
            IdempotentFiling idempotent, HotPathStages stages,
            @Value("${caravan.filing.max-consignments-per-streamed-manifest:2000000}") int maxStreamedConsignments,
            SignedFilings signed) {
        this.signed = signed;
        this.stages = stages;
        this.filing = filing;
        this.json = json;
        this.validation = validation;
        this.fileManifest = fileManifest;
        this.idempotent = idempotent;
        this.maxStreamedConsignments = maxStreamedConsignments;
    }

    @Override
    public Receipt file(Caller caller, String idempotencyKey, FilingRequests.Manifest manifest) {
        ResponseEntity<String> answer = filing.fileManifest(caller, idempotencyKey, json.writeValueAsBytes(manifest),
                () -> manifest);
        return receipt(answer);
    }

    @Override
    public Receipt fileShared(Caller courier, String idempotencyKey, FilingRequests.Manifest request,
            java.util.function.Function<String, List<org.caravan.filing.MatchSignal>> upstream) {
        Manifest manifest = validation.validate(request);
        ResponseEntity<String> answer = idempotent.run(courier, idempotencyKey, json.writeValueAsBytes(request),
                HttpStatus.ACCEPTED, () -> ManifestReceipt.of(fileManifest.file(courier.partyId(), manifest,
                        manifest.consignments().iterator(), i -> "/consignments/" + i, upstream)));
        return receipt(answer);
    }

    @Override
    public Receipt fileStreamed(Caller caller, String idempotencyKey, String bodySha256, FilingRequests.Manifest header,
            Iterator<FilingRequests.ConsignmentLine> lines) {
        ResponseEntity<String> answer = idempotent.run(caller, idempotencyKey, bodySha256, HttpStatus.ACCEPTED,
                () -> ManifestReceipt.of(fileStreamed(caller, header, lines)));
        return receipt(answer);
    }

    /** Inside the idempotent transaction: whatever is thrown here rolls back every stored chunk. */
    private FileManifest.Receipt fileStreamed(Caller caller, FilingRequests.Manifest request,
            Iterator<FilingRequests.ConsignmentLine> lines) {
        Violations v = new Violations();
        ManifestValidation.Header header = validation.header(v, request);
        if (header.valid() != null) {
            // a channel without a signature header still answers to an administration's requirement
            signed.requireIfDemanded(caller, SignedFilings.destinations(header.valid()), java.util.Optional.empty());
        }
        Iterator<ValidatedConsignments.Read> reads = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return lines.hasNext();
            }

            @Override
            public ValidatedConsignments.Read next() {
                return ValidatedConsignments.Read.of(lines.next());
            }
        };
        ValidatedConsignments consignments = new ValidatedConsignments(reads, validation, header, maxStreamedConsignments,
                stages);
        v.list().forEach(consignments::problem);
        FileManifest.Receipt receipt = consignments.file(caller.partyId(), fileManifest);
        consignments.throwIfAny();
        return receipt;
    }

    /** The JSON API's answer as the other channels are given it. */
    private static Receipt receipt(ResponseEntity<String> answer) {
        return new Receipt(answer.getStatusCode().value(), answer.getBody(),
                "true".equals(answer.getHeaders().getFirst("Idempotent-Replayed")));
    }

    @Override
    public List<Violation> violations(FilingRequests.Manifest manifest) {
        return filing.violations(manifest);
    }
}
