package org.caravan.filing.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.caravan.common.Conflict;
import org.caravan.common.Ids;
import org.caravan.common.InvalidInput;
import org.caravan.common.ProblemTypes;
import org.caravan.common.Violation;
import org.caravan.filing.ManifestFiled;
import org.caravan.filing.MatchSignal;
import org.caravan.filing.internal.store.ConsignmentTable.NewConsignment;
import org.caravan.filing.internal.store.ConsignmentTable;
import org.caravan.filing.internal.store.ManifestTable;
import org.caravan.filing.internal.store.OrderTable;
import org.caravan.filing.internal.store.StoredOrder;
import org.caravan.filing.internal.web.ManifestReceipt;
import org.caravan.party.Caller;
import org.caravan.reference.CountryCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * A courier files a manifest: all house consignments are matched with their orders and
 * stored in one batch, or none is. Assessment follows asynchronously on {@link ManifestFiled}.
 */
@Service
public class FileManifest {

    private final ManifestTable manifests;
    private final ConsignmentTable consignments;
    private final OrderTable orders;
    private final ThreeWayMatching matching;
    private final ApplicationEventPublisher events;

    FileManifest(ManifestTable manifests, ConsignmentTable consignments, OrderTable orders, ThreeWayMatching matching,
            ApplicationEventPublisher events) {
        this.manifests = manifests;
        this.consignments = consignments;
        this.orders = orders;
        this.matching = matching;
        this.events = events;
    }

    public record Receipt(UUID manifestId, String manifestRef, List<Line> consignments) {

        public record Line(String trackingNumber, UUID consignmentId, List<MatchSignal> matchSignals) {
        }
    }

    /** Must run inside a transaction; the caller owns it so the idempotency record commits with the filing. */
    public Receipt file(UUID courierPartyId, Manifest manifest) {
        if (manifests.exists(courierPartyId, manifest.manifestRef())) {
            throw new Conflict(ProblemTypes.MANIFEST_ALREADY_FILED, "Manifest " + manifest.manifestRef() + " was filed before",
                    List.of(new Violation("/manifestRef", "already-filed", "a manifest with this reference exists")));
        }
        rejectFiledTrackingNumbers(manifest);
        Instant now = Instant.now();
        Map<String, Set<String>> refs = new HashMap<>();
        manifest.consignments().forEach(c -> c.platformOrderRef()
                .ifPresent(ref -> refs.computeIfAbsent(c.platformCode().orElseThrow(), p -> new HashSet<>()).add(ref)));
        Map<String, StoredOrder> matched = orders.find(refs);
        UUID manifestId = Ids.next();
        List<NewConsignment> rows = new ArrayList<>(manifest.consignments().size());
        List<Receipt.Line> lines = new ArrayList<>(manifest.consignments().size());
        for (Manifest.HouseConsignment line : manifest.consignments()) {
            Optional<StoredOrder> order = line.platformOrderRef()
                    .map(ref -> matched.get(OrderTable.key(line.platformCode().get(), ref)));
            List<MatchSignal> signals = matching.match(line, order, now);
            UUID id = Ids.next();
            rows.add(new NewConsignment(id, manifestId, line.trackingNumber(), courierPartyId, line.platformCode(),
                    line.platformOrderRef(), order.map(StoredOrder::id), line.consignee(), line.grossMassKg(),
                    line.declaredValue(), line.items(), signals, now));
            lines.add(new Receipt.Line(line.trackingNumber(), id, signals));
        }
        manifests.insert(manifestId, courierPartyId, manifest, now);
        consignments.insertAll(rows);
        events.publishEvent(new ManifestFiled(manifestId, manifest.manifestRef(), courierPartyId,
                manifest.arrivalCountry().value(), manifest.route().stream().map(CountryCode::value).toList(),
                rows.size(), now));
        return new Receipt(manifestId, manifest.manifestRef(), lines);
    }

    public Receipt file(Caller courier, Manifest manifest) {
        return file(courier.partyId(), manifest);
    }

    private void rejectFiledTrackingNumbers(Manifest manifest) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < manifest.consignments().size(); i++) {
            index.put(manifest.consignments().get(i).trackingNumber(), i);
        }
        Set<String> filed = consignments.alreadyFiled(index.keySet());
        if (!filed.isEmpty()) {
            throw new InvalidInput(filed.stream().sorted()
                    .map(tn -> new Violation("/consignments/" + index.get(tn) + "/trackingNumber", "already-filed",
                            "a consignment with tracking number " + tn + " was filed on an earlier manifest"))
                    .toList());
        }
    }

    /** The courier's receipt: match signals say only that a line disagrees with the order, not how. */
    static ManifestReceipt render(Receipt receipt) {
        return new ManifestReceipt(receipt.manifestId(), receipt.manifestRef(), ManifestReceipt.ACCEPTED,
                receipt.consignments().stream().map(line -> new ManifestReceipt.Consignment(line.trackingNumber(),
                        line.consignmentId(), ManifestReceipt.ACCEPTED,
                        line.matchSignals().stream().map(ManifestReceipt.Signal::neutral).toList())).toList());
    }
}
