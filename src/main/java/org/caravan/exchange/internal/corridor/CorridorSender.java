package org.caravan.exchange.internal.corridor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.caravan.common.events.EventEnvelopes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.caravan.exchange.internal.corridor.store.Passages;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.cloudevents.CloudEvent;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the messages due to a partner once their transaction has committed: each built
 * from the passage as it stands, cut down to what the partner is granted, signed, and sent
 * to the partner's topic keyed by tracking number. The publication completes when Kafka has
 * acknowledged them all. Nothing goes to an administration that is not a configured partner.
 */
@Component
@OnCorridor
class CorridorSender {

    private static final Logger log = LoggerFactory.getLogger(CorridorSender.class);

    private final CorridorSettings settings;
    private final Passages passages;
    private final CorridorKeys keys;
    private final KafkaTemplate<String, CloudEvent> kafka;
    private final JsonMapper json;

    CorridorSender(CorridorSettings settings, Passages passages, CorridorKeys keys, KafkaTemplate<String, CloudEvent> kafka,
            JsonMapper json) {
        this.settings = settings;
        this.passages = passages;
        this.keys = keys;
        this.kafka = kafka;
        this.json = json;
    }

    @ApplicationModuleListener
    void on(PassagesDue due) {
        Optional<CorridorSettings.Partner> partner = settings.partner(due.to());
        if (partner.isEmpty()) {
            log.warn("{} consignments are routed on to {}, which is not a configured partner: nothing was shared",
                    due.trackingNumbers().size(), due.to());
            return;
        }
        if (due.kind() != CorridorMessage.Kind.CONSIGNMENT_SHARED && !partner.get().shares().contains(Share.TRANSIT)) {
            return;
        }
        List<CompletableFuture<?>> sent = new ArrayList<>();
        Instant now = Instant.now();
        for (String trackingNumber : due.trackingNumbers()) {
            Optional<Passage> passage = passages.find(trackingNumber);
            if (passage.isEmpty()) {
                continue;
            }
            CorridorMessage message = message(due, passage.get(), now).sharedWith(partner.get().shares());
            String signed = keys.sign(json.writeValueAsBytes(message));
            CloudEvent event = EventEnvelopes.envelope(CorridorMessage.TYPE, settings.source(), trackingNumber, now,
                    "application/jose", signed.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            sent.add(kafka.send(settings.inboundTopic(due.to()), trackingNumber, event));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
    }

    private CorridorMessage message(PassagesDue due, Passage p, Instant now) {
        String own = settings.administration();
        String detail = due.transit() == null ? null : due.transit().administration() + ":" + due.transit().event();
        return new CorridorMessage(1, CorridorMessage.idOf(due.kind(), own, due.to(), p.trackingNumber(), detail), due.kind(),
                own, due.to(), now, p.trackingNumber(), p.route(),
                due.kind() == CorridorMessage.Kind.CONSIGNMENT_SHARED ? p.filing() : null,
                due.kind() == CorridorMessage.Kind.CONSIGNMENT_SHARED ? p.results() : List.of(), due.transit());
    }
}
