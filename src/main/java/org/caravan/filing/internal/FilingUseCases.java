package org.caravan.filing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.caravan.common.HotPathStages;
import org.caravan.common.HotPathStages.Stage;
import org.caravan.common.InvalidInput;
import org.caravan.common.Violation;

import org.caravan.filing.internal.store.FilingSignatureTable;
import org.caravan.filing.internal.web.FilingRequests;
import org.caravan.filing.internal.web.FilingSignatureView;
import org.caravan.filing.internal.web.OrderReceipt;
import org.caravan.filing.internal.web.ManifestReceipt;
import org.caravan.party.Caller;
import org.caravan.party.VerifiedSignature;
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
    private final ManifestReceipts receipts;
    private final JsonLinesFiling jsonLines;
    private final HotPathStages stages;
    private final SignedFilings signed;

    FilingUseCases(OrderValidation orderValidation, ManifestValidation manifestValidation, FileOrder fileOrder,
            FileManifest fileManifest, IdempotentFiling idempotent, ManifestReceipts receipts, JsonLinesFiling jsonLines,
            HotPathStages stages, SignedFilings signed) {
        this.signed = signed;
        this.jsonLines = jsonLines;
        this.receipts = receipts;
        this.stages = stages;
        this.orderValidation = orderValidation;
        this.manifestValidation = manifestValidation;
        this.fileOrder = fileOrder;
        this.fileManifest = fileManifest;
        this.idempotent = idempotent;
    }

    public ResponseEntity<String> fileOrder(Caller caller, String key, byte[] body, Supplier<FilingRequests.Order> parse) {
        return fileOrder(caller, key, body, parse, Optional.empty());
    }

    /**
     * An order, with the detached JWS of its body when {@code signature} is present: verified
     * before the order is read, required when the destination's administration demands it,
     * stored with the order and shown on its receipt.
     */
    public ResponseEntity<String> fileOrder(Caller caller, String key, byte[] body, Supplier<FilingRequests.Order> parse,
            Optional<String> signature) {
        Optional<VerifiedSignature> verified = signed.verify(caller, signature, body);
        Order order = orderValidation.validate(parse.get());
        signed.requireIfDemanded(caller, List.of(order.destination()), verified);
        return idempotent.run(caller, key, body, HttpStatus.CREATED, () -> {
            OrderReceipt receipt = fileOrder.file(caller, order);
            signed.store(receipt.orderId(), FilingSignatureTable.ORDER, caller, verified);
            return receipt.signedWith(FilingSignatureView.of(verified));
        });
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

    /**
     * A manifest as JSON Lines, streamed: its problems are reported line by line, and it is
     * stored and assessed as it is read (see {@link JsonLinesFiling}).
     */
    public ResponseEntity<String> fileManifestLines(Caller caller, String key, InputStream body,
            Optional<String> signature) throws IOException {
        return jsonLines.file(caller, key, body, signature);
    }

    public ResponseEntity<String> fileManifest(Caller caller, String key, byte[] body,
            Supplier<FilingRequests.Manifest> parse) {
        return fileManifest(caller, key, body, parse, Optional.empty());
    }

    /** A manifest as one document, signed as an order is (see {@link #fileOrder}). */
    public ResponseEntity<String> fileManifest(Caller caller, String key, byte[] body,
            Supplier<FilingRequests.Manifest> parse, Optional<String> signature) {
        Optional<VerifiedSignature> verified = signed.verify(caller, signature, body);
        long t = System.nanoTime();
        FilingRequests.Manifest request = parse.get();
        int parcels = request == null || request.consignments() == null ? 0 : request.consignments().size();
        t = stages.record(Stage.PARSE, t, parcels);
        Manifest manifest = manifestValidation.validate(request);
        stages.record(Stage.VALIDATE, t, parcels);
        signed.requireIfDemanded(caller, SignedFilings.destinations(manifest), verified);
        return idempotent.run(caller, key, body, HttpStatus.ACCEPTED, () -> {
            FileManifest.Receipt receipt = fileManifest.file(caller, manifest);
            signed.store(receipt.manifestId(), FilingSignatureTable.MANIFEST, caller, verified);
            return ManifestReceipt.of(receipt, FilingSignatureView.of(verified));
        });
    }

    /** A page of the receipt of a manifest the caller filed; anyone else's is not found. */
    public ManifestReceipt.Page receiptPage(Caller caller, UUID manifestId, Optional<UUID> after, int limit) {
        return receipts.page(caller, manifestId, after, limit);
    }
}
