package org.caravan.tracking.internal.webhooks;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.caravan.clearance.ClearanceStatus;
import org.caravan.clearance.ClearanceStatusChanged;
import org.caravan.clearance.ConsignmentsDecided;
import org.caravan.filing.ConsignmentParties;
import org.caravan.filing.FiledConsignments;
import org.caravan.tracking.FinalMileEventReported;
import org.caravan.tracking.internal.webhooks.store.Deliveries;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns clearance events into webhook deliveries for the courier that filed each
 * consignment and the platform it was sold on. It runs after the decision commits, from the
 * event publication registry (the outbox), so the filing never waits for it and a crash
 * before it finishes only means the registry hands the event over again; the events' ids
 * and the deliveries' unique key make that second pass add nothing.
 *
 * <p>When nobody subscribes, a chunk of decisions costs a check of an in-memory map; when
 * only couriers do, one look-up of the manifest's courier (remembered for its next chunks).
 * When platforms subscribe, the chunk's consignments are routed with one batch look-up of
 * their tracking numbers, never by reading the manifest.
 */
@Component
class WebhookFanOut {

    private final ActiveSubscriptions subscriptions;
    private final FiledConsignments consignments;
    private final Deliveries deliveries;
    private final JsonMapper json;
    private final WebhookDispatcher dispatcher;
    /** The courier of recently decided manifests: a manifest's chunks arrive one after another. */
    private final Map<UUID, UUID> couriers = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, UUID> eldest) {
            return size() > 256;
        }
    });

    WebhookFanOut(ActiveSubscriptions subscriptions, FiledConsignments consignments, Deliveries deliveries,
            JsonMapper json, WebhookDispatcher dispatcher) {
        this.dispatcher = dispatcher;
        this.subscriptions = subscriptions;
        this.consignments = consignments;
        this.deliveries = deliveries;
        this.json = json;
    }

    @ApplicationModuleListener
    void on(ConsignmentsDecided decided) {
        if (subscriptions.none() || decided.decisions().isEmpty()) {
            return;
        }
        Map<String, ConsignmentParties> parties;
        if (subscriptions.anyPlatform()) {
            parties = consignments
                    .partiesOf(decided.decisions().stream().map(ConsignmentsDecided.Decision::trackingNumber).toList())
                    .stream().collect(Collectors.toMap(ConsignmentParties::trackingNumber, Function.identity(), (a, b) -> a));
        } else {
            // only couriers subscribe, and a manifest has one courier: one look-up per manifest, not per chunk
            Optional<UUID> courier = courierOf(decided);
            if (courier.isEmpty() || !subscriptions.anyOf(courier.get())) {
                return;
            }
            parties = new HashMap<>();
            for (ConsignmentsDecided.Decision d : decided.decisions()) {
                parties.put(d.trackingNumber(), new ConsignmentParties(d.trackingNumber(), courier.get(), Optional.empty()));
            }
        }
        List<Deliveries.Outgoing> outgoing = new ArrayList<>();
        for (ConsignmentsDecided.Decision d : decided.decisions()) {
            ConsignmentParties p = parties.get(d.trackingNumber());
            if (p == null) {
                continue;
            }
            List<Subscription> to = subscriptions.of(p.courierPartyId(), p.platformCode(),
                    WebhookEventType.CONSIGNMENT_DECIDED);
            if (to.isEmpty()) {
                continue;
            }
            Map<String, Object> data = data(d.trackingNumber(), d.jurisdiction(), d.status(), d.amountDue(),
                    d.amountCurrency());
            data.put("filedAt", d.filedAt().toString());
            data.put("decidedAt", d.decidedAt().toString());
            outgoing.add(outgoing(WebhookEventType.CONSIGNMENT_DECIDED, d.trackingNumber(), d.jurisdiction(), d.status(),
                    d.decidedAt(), data, to));
        }
        enqueue(outgoing);
    }

    @ApplicationModuleListener
    void on(ClearanceStatusChanged changed) {
        if (subscriptions.none()) {
            return;
        }
        consignments.partiesOf(List.of(changed.trackingNumber())).stream().findFirst().ifPresent(p -> {
            List<Subscription> to = subscriptions.of(p.courierPartyId(), p.platformCode(),
                    WebhookEventType.CONSIGNMENT_STATUS_CHANGED);
            if (to.isEmpty()) {
                return;
            }
            Map<String, Object> data = data(changed.trackingNumber(), changed.jurisdiction(), changed.status(),
                    changed.amountDue(), changed.amountCurrency());
            data.put("cause", changed.cause().name());
            data.put("occurredAt", changed.occurredAt().toString());
            enqueue(List.of(outgoing(WebhookEventType.CONSIGNMENT_STATUS_CHANGED, changed.trackingNumber(),
                    changed.jurisdiction(), changed.status(), changed.occurredAt(), data, to)));
        });
    }

    /** A final-mile report goes to the courier that made it and to the platform the parcel was sold on. */
    @ApplicationModuleListener
    void on(FinalMileEventReported reported) {
        if (subscriptions.none()) {
            return;
        }
        consignments.partiesOf(List.of(reported.trackingNumber())).stream().findFirst().ifPresent(p -> {
            List<Subscription> to = subscriptions.of(p.courierPartyId(), p.platformCode(),
                    WebhookEventType.CONSIGNMENT_FINAL_MILE);
            if (to.isEmpty()) {
                return;
            }
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("trackingNumber", reported.trackingNumber());
            data.put("event", reported.type().name());
            data.put("statusCode", reported.statusCode());
            data.put("occurredAt", reported.occurredAt().toString());
            Optional.ofNullable(reported.location()).ifPresent(l -> data.put("location", l));
            WebhookEvent event = new WebhookEvent(WebhookEvent.idOf(WebhookEventType.CONSIGNMENT_FINAL_MILE,
                    reported.trackingNumber(), "", reported.type().name(), reported.occurredAt()),
                    WebhookEventType.CONSIGNMENT_FINAL_MILE, reported.trackingNumber(), reported.occurredAt(),
                    "/caravan/final-mile", data);
            enqueue(List.of(new Deliveries.Outgoing(event, event.toJson(json), to.stream().map(Subscription::id).toList())));
        });
    }

    /** Stores the deliveries and, once they are committed, tells the dispatcher they are there. */
    private void enqueue(List<Deliveries.Outgoing> outgoing) {
        if (outgoing.isEmpty()) {
            return;
        }
        deliveries.enqueue(outgoing);
        Set<UUID> to = outgoing.stream().flatMap(o -> o.subscriptions().stream()).collect(Collectors.toSet());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    dispatcher.wake(to);
                }
            });
        } else {
            dispatcher.wake(to);
        }
    }

    private Optional<UUID> courierOf(ConsignmentsDecided decided) {
        UUID known = couriers.get(decided.manifestId());
        if (known != null) {
            return Optional.of(known);
        }
        Optional<UUID> found = consignments.partiesOf(List.of(decided.decisions().get(0).trackingNumber())).stream()
                .findFirst().map(ConsignmentParties::courierPartyId);
        found.ifPresent(c -> couriers.put(decided.manifestId(), c));
        return found;
    }

    private Deliveries.Outgoing outgoing(WebhookEventType type, String trackingNumber, String jurisdiction,
            ClearanceStatus status, Instant at, Map<String, Object> data, List<Subscription> to) {
        WebhookEvent event = new WebhookEvent(WebhookEvent.idOf(type, trackingNumber, jurisdiction, status.name(), at),
                type, trackingNumber, at, "/caravan/customs/" + jurisdiction, data);
        return new Deliveries.Outgoing(event, event.toJson(json), to.stream().map(Subscription::id).toList());
    }

    private static Map<String, Object> data(String trackingNumber, String jurisdiction, ClearanceStatus status,
            BigDecimal amountDue, String currency) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("trackingNumber", trackingNumber);
        data.put("jurisdiction", jurisdiction);
        data.put("status", status.name());
        data.put("explanation", status.explanation());
        Optional.ofNullable(amountDue).ifPresent(a -> data.put("amountDue",
                new java.util.TreeMap<>(Map.of("amount", a.toPlainString(), "currency", currency))));
        return data;
    }
}
