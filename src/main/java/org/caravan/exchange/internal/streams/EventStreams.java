package org.caravan.exchange.internal.streams;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.caravan.clearance.ClearanceStatusChanged;
import org.caravan.clearance.ConsignmentsDecided;
import org.caravan.common.events.EventEnvelopes;
import org.caravan.common.events.EventTopics;
import org.caravan.common.events.OnKafka;
import org.caravan.tracking.FinalMileEventReported;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.cloudevents.CloudEvent;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes decisions and tracking events to their topics, one record per consignment keyed by
 * its tracking number, so a reader sees one parcel's events in order. Through the event
 * publication registry: a publication completes when Kafka has acknowledged its records, and
 * is sent again after a stop (readers take the CloudEvents id and the subject to drop repeats).
 * Why a case was selected for control is not written: the streams reach partners' systems.
 */
@Component
@OnKafka
class EventStreams {

    static final String DECIDED = "org.caravan.clearance.consignment-decided.v1";
    static final String STATUS_CHANGED = "org.caravan.clearance.status-changed.v1";
    static final String FINAL_MILE = "org.caravan.tracking.final-mile-event.v1";

    private final KafkaTemplate<String, CloudEvent> kafka;
    private final EventTopics topics;
    private final JsonMapper json;

    EventStreams(KafkaTemplate<String, CloudEvent> kafka, EventTopics topics, JsonMapper json) {
        this.kafka = kafka;
        this.topics = topics;
        this.json = json;
    }

    @ApplicationModuleListener
    void on(ConsignmentsDecided decided) {
        List<CompletableFuture<?>> sent = new ArrayList<>(decided.decisions().size());
        for (ConsignmentsDecided.Decision d : decided.decisions()) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("trackingNumber", d.trackingNumber());
            data.put("jurisdiction", d.jurisdiction());
            data.put("status", d.status().name());
            data.put("filedAt", d.filedAt().toString());
            data.put("decidedAt", d.decidedAt().toString());
            data.put("amountDue", d.amountDue() == null ? null : d.amountDue().toPlainString());
            data.put("amountCurrency", d.amountCurrency());
            data.put("tradeLane", d.laneKey());
            data.put("hsSection", d.hsSection());
            data.put("manifestId", decided.manifestId().toString());
            sent.add(send(topics.decisions(), DECIDED, d.trackingNumber(), d.decidedAt(), data));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
    }

    @ApplicationModuleListener
    void on(ClearanceStatusChanged changed) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("trackingNumber", changed.trackingNumber());
        data.put("jurisdiction", changed.jurisdiction());
        data.put("status", changed.status().name());
        data.put("cause", changed.cause().name());
        data.put("occurredAt", changed.occurredAt().toString());
        data.put("amountDue", changed.amountDue() == null ? null : changed.amountDue().toPlainString());
        data.put("amountCurrency", changed.amountCurrency());
        send(topics.tracking(), STATUS_CHANGED, changed.trackingNumber(), changed.occurredAt(), data).join();
    }

    @ApplicationModuleListener
    void on(FinalMileEventReported reported) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("trackingNumber", reported.trackingNumber());
        data.put("event", reported.type().name());
        data.put("statusCode", reported.statusCode());
        data.put("occurredAt", reported.occurredAt().toString());
        data.put("location", reported.location());
        data.put("recordedAt", reported.recordedAt().toString());
        send(topics.tracking(), FINAL_MILE, reported.trackingNumber(), reported.occurredAt(), data).join();
    }

    private CompletableFuture<?> send(String topic, String type, String trackingNumber, Instant time,
            Map<String, Object> data) {
        return kafka.send(topic, trackingNumber,
                EventEnvelopes.json(type, topics.source(), trackingNumber, time, json.writeValueAsBytes(data)));
    }
}
