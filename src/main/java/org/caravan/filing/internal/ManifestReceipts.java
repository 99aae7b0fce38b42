package org.caravan.filing.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.caravan.common.NotFound;
import org.caravan.filing.internal.store.ConsignmentTable;
import org.caravan.filing.internal.store.FilingSignatureTable;
import org.caravan.filing.internal.store.ManifestTable;
import org.caravan.filing.internal.web.FilingSignatureView;
import org.caravan.filing.internal.web.ManifestReceipt;
import org.caravan.party.Caller;
import org.springframework.stereotype.Component;

/**
 * The receipt lines of a filed manifest, read back page by page in filing order, for the
 * courier that filed it. A large manifest's answer points here instead of carrying them.
 */
@Component
class ManifestReceipts {

    static final int MAX_PAGE = 1_000;

    private final ManifestTable manifests;
    private final ConsignmentTable consignments;
    private final FilingSignatureTable signatures;

    ManifestReceipts(ManifestTable manifests, ConsignmentTable consignments, FilingSignatureTable signatures) {
        this.manifests = manifests;
        this.consignments = consignments;
        this.signatures = signatures;
    }

    ManifestReceipt.Page page(Caller caller, UUID manifestId, Optional<UUID> after, int limit) {
        if (!manifests.courierOf(manifestId).filter(caller.partyId()::equals).isPresent()) {
            throw new NotFound("No manifest " + manifestId + " filed by this courier");
        }
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        List<FileManifest.Receipt.Line> lines = consignments.receiptLines(manifestId, after, size + 1).stream()
                .map(r -> new FileManifest.Receipt.Line(r.trackingNumber(), r.consignmentId(), r.matchSignals())).toList();
        boolean more = lines.size() > size;
        List<FileManifest.Receipt.Line> page = more ? lines.subList(0, size) : lines;
        String next = more ? ManifestReceipt.pagesOf(manifestId) + "?after=" + page.get(size - 1).consignmentId()
                + "&limit=" + size : null;
        return ManifestReceipt.Page.of(manifestId, page, next, FilingSignatureView.of(signatures.find(manifestId)));
    }
}
