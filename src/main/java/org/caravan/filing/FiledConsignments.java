package org.caravan.filing;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.caravan.filing.internal.store.ConsignmentTable;
import org.caravan.filing.internal.store.FilingSignatureTable;
import org.caravan.party.VerifiedSignature;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to filed consignments for the modules that act on them. */
@Service
public class FiledConsignments {

    private final ConsignmentTable table;
    private final FilingSignatureTable signatures;

    FiledConsignments(ConsignmentTable table, FilingSignatureTable signatures) {
        this.table = table;
        this.signatures = signatures;
    }

    /** The signature the manifest was filed with, when it was signed. */
    public Optional<VerifiedSignature> signatureOf(UUID manifestId) {
        return signatures.find(manifestId);
    }

    public List<FiledConsignment> ofManifest(UUID manifestId) {
        return table.ofManifest(manifestId);
    }

    /**
     * The courier and platform of each consignment named, in one batch query: what a listener
     * on a chunk of decisions needs to route them, without reading the whole manifest.
     */
    public List<ConsignmentParties> partiesOf(Collection<String> trackingNumbers) {
        return trackingNumbers.isEmpty() ? List.of() : table.partiesOf(trackingNumbers);
    }

    /**
     * Hands every filed consignment to {@code each} in filing order, read a page at a time in
     * one read-only transaction, so a replay of the whole store never holds it in memory.
     */
    @Transactional(readOnly = true)
    public void forEachFiled(Consumer<FiledConsignment> each) {
        table.forEach(each);
    }

    /** The same for the consignments filed at or after {@code since}: what a window over recent parcels starts from. */
    @Transactional(readOnly = true)
    public void forEachFiledSince(Instant since, Consumer<FiledConsignment> each) {
        table.forEachSince(since, each);
    }

    /** The consignments with these ids, a few queries for a whole poll; an id never filed is left out. */
    public List<FiledConsignment> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : table.byIds(ids);
    }

    /** Every consignment of a manifest, read a page at a time in one read-only transaction. */
    @Transactional(readOnly = true)
    public void forEachOfManifest(UUID manifestId, Consumer<FiledConsignment> each) {
        table.forEachOfManifest(manifestId, each);
    }

    public Optional<FiledConsignment> byTrackingNumber(String trackingNumber) {
        return table.byTrackingNumber(trackingNumber);
    }
}
