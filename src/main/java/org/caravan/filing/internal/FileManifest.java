package org.caravan.filing.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.caravan.common.Conflict;
import org.caravan.common.FlowMetrics;
import org.caravan.common.HotPathStages;
import org.caravan.common.HotPathStages.Stage;
import org.caravan.common.Ids;
import org.caravan.common.InvalidInput;
import org.caravan.common.ProblemTypes;
import org.caravan.common.Violation;
import org.caravan.common.audit.AuditDigest;
import org.caravan.common.audit.AuditTrail;
import org.caravan.filing.ConsignmentsFiled;
import org.caravan.filing.FiledConsignment;
import org.caravan.filing.ManifestFiled;
import org.caravan.filing.MatchSignal;
import org.caravan.filing.internal.store.ConsignmentTable;
import org.caravan.filing.internal.store.ManifestTable;
import org.caravan.filing.internal.store.OrderTable;
import org.caravan.filing.internal.store.StoredOrder;
import org.caravan.party.Caller;
import org.caravan.party.ConsumerIdStanding;
import org.caravan.reference.CountryCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Service;

/**
 * A courier files a manifest: its house consignments are matched with their orders, stored
 * and assessed chunk by chunk in the caller's one transaction, so the manifest is accepted
 * whole or not at all while the heap holds one chunk, not the manifest. Each chunk goes to
 * assessment as {@link ConsignmentsFiled} in memory; nothing is read back.
 */
@Service
public class FileManifest {

    /** Parcels per chunk: large enough for few round trips, small enough to keep the heap flat. */
    static final int CHUNK = 2_000;
    /** Above this many consignments the receipt is a summary and its lines are fetched page by page. */
    public static final int RECEIPT_INLINE_LIMIT = 1_000;
    /** A manifest filed by its courier: no administration shared anything about it. */
    private static final Function<String, List<MatchSignal>> NO_UPSTREAM = trackingNumber -> List.of();

    private final ManifestTable manifests;
    private final ConsignmentTable consignments;
    private final OrderTable orders;
    private final ThreeWayMatching matching;
    private final ApplicationEventPublisher events;
    private final HotPathStages stages;
    private final ConsumerIdCheck consumerIds;
    /** Runs a chunk's insert inside the filing's transaction, behind a savepoint. */
    private final TransactionTemplate savepoint;
    private final AuditTrail audit;
    private final FlowMetrics metrics;

    FileManifest(ManifestTable manifests, ConsignmentTable consignments, OrderTable orders, ThreeWayMatching matching,
            ApplicationEventPublisher events, HotPathStages stages, PlatformTransactionManager transactions,
            AuditTrail audit, ConsumerIdCheck consumerIds, FlowMetrics metrics) {
        this.metrics = metrics;
        this.audit = audit;
        this.consumerIds = consumerIds;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.manifests = manifests;
        this.consignments = consignments;
        this.orders = orders;
        this.matching = matching;
        this.events = events;
        this.stages = stages;
    }

    /** What the courier is told: every line while the manifest is small, its count always. */
    public record Receipt(UUID manifestId, String manifestRef, int consignmentCount, Optional<List<Line>> consignments) {

        public record Line(String trackingNumber, UUID consignmentId, List<MatchSignal> matchSignals) {
        }
    }

    /** Must run inside a transaction; the caller owns it so the idempotency record commits with the filing. */
    public Receipt file(UUID courierPartyId, Manifest manifest) {
        return file(courierPartyId, manifest, manifest.consignments().iterator(), i -> "/consignments/" + i);
    }

    public Receipt file(Caller courier, Manifest manifest) {
        return file(courier.partyId(), manifest);
    }

    /**
     * Files the master consignment of {@code header} with the house consignments {@code lines}
     * yields, already validated. {@code pointer} names the n-th line for a violation found
     * against the store (a tracking number filed before).
     */
    public Receipt file(UUID courierPartyId, Manifest header, Iterator<Manifest.HouseConsignment> lines,
            IntFunction<String> pointer) {
        return file(courierPartyId, header, lines, pointer, NO_UPSTREAM);
    }

    /**
     * The same, for a manifest another administration on the route shared: {@code upstream}
     * gives each tracking number the signals of the results it shared, weighed by risk as
     * matching's are.
     */
    public Receipt file(UUID courierPartyId, Manifest header, Iterator<Manifest.HouseConsignment> lines,
            IntFunction<String> pointer, Function<String, List<MatchSignal>> upstream) {
        if (manifests.exists(courierPartyId, header.manifestRef())) {
            throw new Conflict(ProblemTypes.MANIFEST_ALREADY_FILED, "Manifest " + header.manifestRef() + " was filed before",
                    List.of(new Violation("/manifestRef", "already-filed", "a manifest with this reference exists")));
        }
        Instant now = Instant.now();
        UUID manifestId = Ids.next();
        List<Receipt.Line> receipt = new ArrayList<>();
        List<Manifest.HouseConsignment> chunk = new ArrayList<>(CHUNK);
        List<Violation> refused = new ArrayList<>();
        // one audit entry for the whole manifest: its lines as a digest an auditor can recompute from the store
        AuditDigest accepted = new AuditDigest();
        int filed = 0;
        while (lines.hasNext()) {
            chunk.add(lines.next());
            if (chunk.size() == CHUNK || !lines.hasNext()) {
                List<Manifest.HouseConsignment> identified = withPersons(chunk, filed, pointer, refused);
                if (refused.isEmpty()) {
                    refused.addAll(fileChunk(courierPartyId, header, manifestId, filed, identified, pointer, now, receipt,
                            accepted, upstream));
                } else {
                    // once one line is refused nothing more is stored, but every refused line is still named
                    refused.addAll(filedBefore(chunk, filed, pointer));
                }
                filed += chunk.size();
                chunk.clear();
            }
        }
        if (!refused.isEmpty()) {
            throw new InvalidInput(refused);
        }
        manifests.insert(manifestId, courierPartyId, header, filed, now);
        audit.record(courierPartyId.toString(), "manifest.filed", "manifest", manifestId, header.arrivalCountry().value(),
                "manifestRef", header.manifestRef(), "consignments", accepted.summary());
        events.publishEvent(new ManifestFiled(manifestId, header.manifestRef(), courierPartyId,
                header.arrivalCountry().value(), header.route().stream().map(CountryCode::value).toList(), filed, now));
        return new Receipt(manifestId, header.manifestRef(), filed,
                filed <= RECEIPT_INLINE_LIMIT ? Optional.of(List.copyOf(receipt)) : Optional.empty());
    }

    /**
     * Stores, then hands to assessment, one chunk. A tracking number filed before is found by
     * the unique index as the chunk is inserted, not by a query per chunk ahead of it (on
     * PostgreSQL that query scanned the table while its statistics lagged behind a large
     * manifest); the chunk's insert is undone to its savepoint and the lines are named.
     */
    private List<Violation> fileChunk(UUID courierPartyId, Manifest header, UUID manifestId, int offset,
            List<Manifest.HouseConsignment> chunk, IntFunction<String> pointer, Instant now, List<Receipt.Line> receipt,
            AuditDigest accepted, Function<String, List<MatchSignal>> upstream) {
        long t = System.nanoTime();
        Map<String, Set<String>> refs = new HashMap<>();
        chunk.forEach(c -> c.platformOrderRef()
                .ifPresent(ref -> refs.computeIfAbsent(c.platformCode().orElseThrow(), p -> new HashSet<>()).add(ref)));
        Map<String, StoredOrder> matched = orders.find(refs);
        List<FiledConsignment> rows = new ArrayList<>(chunk.size());
        for (Manifest.HouseConsignment line : chunk) {
            Optional<StoredOrder> order = line.platformOrderRef()
                    .map(ref -> matched.get(OrderTable.key(line.platformCode().get(), ref)));
            List<MatchSignal> signals = matching.match(line, order, now);
            List<MatchSignal> shared = upstream == NO_UPSTREAM ? List.of() : upstream.apply(line.trackingNumber());
            if (!shared.isEmpty()) {
                signals = new ArrayList<>(signals);
                signals.addAll(shared);
            }
            FiledConsignment filed = new FiledConsignment(Ids.next(), manifestId, line.trackingNumber(), courierPartyId,
                    line.platformCode(), line.platformOrderRef(), order.map(StoredOrder::id), line.consignee(),
                    line.grossMassKg(), line.declaredValue(), line.items(), signals, order.map(StoredOrder::sellerName),
                    header.transportMode().name(), header.departureCountry(), now, order.flatMap(StoredOrder::quoteId));
            rows.add(filed);
        }
        t = stages.record(Stage.MATCH, t, chunk.size());
        try {
            savepoint.executeWithoutResult(s -> consignments.insertAll(rows));
        } catch (DuplicateKeyException e) {
            List<Violation> refused = filedBefore(chunk, offset, pointer);
            if (refused.isEmpty()) {
                // the other filing has not committed yet: its outcome decides, so retry later
                throw new Conflict(ProblemTypes.FILING_IN_PROGRESS,
                        "Another manifest with some of these tracking numbers is being filed; retry shortly.");
            }
            return refused;
        }
        stages.record(Stage.STORE, t, chunk.size());
        metrics.filed(header.arrivalCountry().value(), rows.size());
        for (FiledConsignment filed : rows) {
            accepted.add(filed.trackingNumber(), filed.id().toString());
            if (receipt.size() < RECEIPT_INLINE_LIMIT) {
                receipt.add(new Receipt.Line(filed.trackingNumber(), filed.id(), filed.matchSignals()));
            }
        }
        events.publishEvent(new ConsignmentsFiled(manifestId, header.manifestRef(), courierPartyId, rows,
                header.route().stream().map(CountryCode::value).toList()));
        return List.of();
    }

    /**
     * The chunk's lines with the person each consumer id stands for, found in one batched
     * look-up per chunk rather than one per parcel; an unknown or revoked id is added to
     * {@code refused}.
     */
    private List<Manifest.HouseConsignment> withPersons(List<Manifest.HouseConsignment> chunk, int offset,
            IntFunction<String> pointer, List<Violation> refused) {
        long t = System.nanoTime();
        Map<String, ConsumerIdStanding> standing = consumerIds.standing(chunk, c -> c.consignee().consumerId(),
                i -> pointer.apply(offset + i) + "/consignee/consumerId", refused);
        List<Manifest.HouseConsignment> identified = new ArrayList<>(chunk.size());
        for (Manifest.HouseConsignment line : chunk) {
            ConsumerIdStanding found = line.consignee().consumerId().map(standing::get).orElse(null);
            identified.add(found == null ? line : line.withConsignee(line.consignee().withPerson(found.personKey())));
        }
        stages.record(Stage.VALIDATE, t, chunk.size());
        return identified;
    }

    private List<Violation> filedBefore(List<Manifest.HouseConsignment> chunk, int offset, IntFunction<String> pointer) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < chunk.size(); i++) {
            index.put(chunk.get(i).trackingNumber(), offset + i);
        }
        Set<String> filed = consignments.alreadyFiled(index.keySet());
        return filed.stream().sorted(java.util.Comparator.comparing(index::get))
                .map(tn -> new Violation(pointer.apply(index.get(tn)) + "/trackingNumber", "already-filed",
                        "a consignment with tracking number " + tn + " was filed on an earlier manifest"))
                .toList();
    }
}
