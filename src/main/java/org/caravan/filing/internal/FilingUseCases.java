package org.caravan.filing.internal;

import java.util.List;
import java.util.function.Supplier;

import org.caravan.common.InvalidInput;
import org.caravan.common.Violation;

import org.caravan.filing.internal.web.FilingRequests;
import org.caravan.party.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/** Entry point of the web adapter: validate, then file once per Idempotency-Key. */
@Service
public class FilingUseCases {

    private final OrderValidation orderValidation;
    private final ManifestValidation manifestValidation;
    private final FileOrder fileOrder;
    private final FileManifest fileManifest;
    private final IdempotentFiling idempotent;

    FilingUseCases(OrderValidation orderValidation, ManifestValidation manifestValidation, FileOrder fileOrder,
            FileManifest fileManifest, IdempotentFiling idempotent) {
        this.orderValidation = orderValidation;
        this.manifestValidation = manifestValidation;
        this.fileOrder = fileOrder;
        this.fileManifest = fileManifest;
        this.idempotent = idempotent;
    }

    public ResponseEntity<String> fileOrder(Caller caller, String key, byte[] body, Supplier<FilingRequests.Order> parse) {
        Order order = orderValidation.validate(parse.get());
        return idempotent.run(caller, key, body, HttpStatus.CREATED, () -> fileOrder.file(caller, order));
    }

    /** Every problem validation finds with a manifest, without filing it. */
    public List<Violation> violations(FilingRequests.Manifest request) {
        try {
            manifestValidation.validate(request);
            return List.of();
        } catch (InvalidInput e) {
            return e.violations();
        }
    }

    public ResponseEntity<String> fileManifest(Caller caller, String key, byte[] body,
            Supplier<FilingRequests.Manifest> parse) {
        Manifest manifest = manifestValidation.validate(parse.get());
        return idempotent.run(caller, key, body, HttpStatus.ACCEPTED,
                () -> FileManifest.render(fileManifest.file(caller, manifest)));
    }
}
