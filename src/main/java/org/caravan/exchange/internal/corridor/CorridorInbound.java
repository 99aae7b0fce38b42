package org.caravan.exchange.internal.corridor;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.caravan.common.Conflict;
import org.caravan.common.Ids;
import org.caravan.common.InvalidInput;
import org.caravan.common.events.EventEnvelopes;
import org.caravan.filing.FiledConsignment;
import org.caravan.filing.ManifestFiling;
import org.caravan.party.Caller;
import org.caravan.party.Parties;
import org.caravan.party.Party;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.caravan.exchange.internal.corridor.store.Passages;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.cloudevents.CloudEvent;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes in what partners send this administration. Each record is verified against the
 * sender's published key before anything it says is believed, then acted on in a transaction
 * of its own together with the note that it was taken in, so a record delivered again
 * changes nothing. A record that does not verify, or is not for this administration, is
 * refused: recorded with its reason (GET /api/v1/exchange/refusals), logged, and not retried.
 */
@Component
@OnCorridor
class CorridorInbound {

    private static final Logger log = LoggerFactory.getLogger(CorridorInbound.class);

    private final CorridorSettings settings;
    private final CorridorKeys keys;
    private final Passages passages;
    private final CorridorScreening screening;
    private final ManifestFiling filing;
    private final Parties parties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final JsonMapper json;

    CorridorInbound(CorridorSettings settings, CorridorKeys keys, Passages passages, CorridorScreening screening,
            ManifestFiling filing, Parties parties, ApplicationEventPublisher events, TransactionTemplate transaction,
            JsonMapper json) {
        this.settings = settings;
        this.keys = keys;
        this.passages = passages;
        this.screening = screening;
        this.filing = filing;
        this.parties = parties;
        this.events = events;
        this.transaction = transaction;
        this.json = json;
    }

    /** A message that is well signed but cannot be acted on here. */
    static final class NotActionable extends RuntimeException {

        NotActionable(String reason) {
            super(reason, null, false, false);
        }
    }

    @KafkaListener(id = "corridor-inbound", topics = "${caravan.exchange.topic-prefix:corridor}.${caravan.exchange.administration}",
            groupId = "${caravan.exchange.topic-prefix:corridor}.${caravan.exchange.administration}.inbound", batch = "true")
    void on(List<ConsumerRecord<String, CloudEvent>> records) {
        for (ConsumerRecord<String, CloudEvent> r : records) {
            take(r);
        }
    }

    private void take(ConsumerRecord<String, CloudEvent> r) {
        CloudEvent event = r.value();
        String claimed = event == null || event.getSource() == null ? null : event.getSource().toString();
        if (event == null || !CorridorMessage.TYPE.equals(event.getType())) {
            refuse(r, claimed, event == null ? "not a CloudEvent" : "a record of type " + event.getType());
            return;
        }
        CorridorMessage m;
        try {
            CorridorKeys.Verified verified = keys.verify(new String(EventEnvelopes.data(event), StandardCharsets.US_ASCII));
            m = json.readValue(verified.payload(), CorridorMessage.class);
            if (!verified.sender().equals(m.from())) {
                throw new CorridorKeys.Refused("signed by " + verified.sender() + " but says it is from " + m.from());
            }
            if (!settings.administration().equals(m.to())) {
                throw new CorridorKeys.Refused("addressed to " + m.to() + ", not to " + settings.administration());
            }
            if (m.version() != 1 || m.kind() == null || m.trackingNumber() == null) {
                throw new CorridorKeys.Refused("not a message of contract version 1");
            }
            if (!wellFormed(m)) {
                throw new CorridorKeys.Refused("a tracking number over 64 characters, or a route that is not"
                        + " 2 to 16 country codes");
            }
        } catch (CorridorKeys.Refused | JacksonException e) {
            refuse(r, claimed, e.getMessage());
            return;
        }
        try {
            transaction.executeWithoutResult(s -> act(m));
        } catch (NotActionable | InvalidInput | Conflict | IllegalArgumentException e) {
            // refused, not retried: a message that cannot be acted on now never will be
            String reason = e instanceof InvalidInput invalid ? "the shared filing was refused: " + invalid.violations()
                    : e.getMessage();
            refuse(r, m.from(), reason);
        }
    }

    /** What the passage's columns hold: checked before anything is stored, so a partner's message cannot block the topic. */
    private static boolean wellFormed(CorridorMessage m) {
        return m.trackingNumber().length() <= 64 && m.route() != null && m.route().size() >= 2 && m.route().size() <= 16
                && m.route().stream().allMatch(c -> c != null && c.matches("[A-Z]{2}"));
    }

    private void act(CorridorMessage m) {
        Instant now = Instant.now();
        if (!passages.takeIn(m, now)) {
            return;
        }
        switch (m.kind()) {
            case CONSIGNMENT_SHARED -> shared(m, now);
            case TRANSIT_EVENT -> {
                if (m.transit() != null) {
                    passages.addEvent(m.trackingNumber(), m.transit(), now);
                }
            }
            case ARRIVAL_CONFIRMED -> arrived(m, now);
        }
    }

    private void shared(CorridorMessage m, Instant now) {
        List<String> route = m.route();
        int here = route.indexOf(settings.administration());
        boolean destination = here == route.size() - 1
                || (m.filing() != null && settings.administration().equals(m.filing().destination()));
        List<CorridorMessage.AdministrationResult> results = new ArrayList<>(m.results() == null ? List.of() : m.results());
        if (destination) {
            passages.add(new Passage(m.trackingNumber(), Passage.Role.DESTINATION, route, m.from(), null,
                    m.filing() == null ? "AWAITING_FILING" : "FILED", m.filing(), results,
                    m.filing() == null ? null : m.filing().courier(), now));
            if (m.filing() != null) {
                file(m, results);
            }
            return;
        }
        if (here < 0) {
            throw new NotActionable("the route " + route + " does not cross " + settings.administration());
        }
        String next = route.get(here + 1);
        if (m.filing() != null) {
            FiledConsignment c = SharedFilings.screenable(m.trackingNumber(), m.filing());
            results.add(screening.screen(c, Passage.Role.TRANSIT, now));
        }
        passages.add(new Passage(m.trackingNumber(), Passage.Role.TRANSIT, route, m.from(), next, "TRANSIT_DECLARED",
                m.filing(), results, m.filing() == null ? null : m.filing().courier(), now));
        events.publishEvent(new PassagesDue(CorridorMessage.Kind.CONSIGNMENT_SHARED, next, List.of(m.trackingNumber()), null));
    }

    /** Files the shared consignment for its courier, as if the courier had filed it here, with the upstream results as signals. */
    private void file(CorridorMessage m, List<CorridorMessage.AdministrationResult> results) {
        Optional<Party> courier = Optional.ofNullable(m.filing().courier()).flatMap(parties::byClientId);
        if (courier.isEmpty() || !courier.get().role().declares()) {
            throw new NotActionable("the courier " + m.filing().courier() + " is not registered with "
                    + settings.administration() + " as a declarant");
        }
        Party p = courier.get();
        filing.fileShared(new Caller(p.id(), p.clientId(), p.role(), p.administration()), "corridor-" + m.messageId(),
                SharedFilings.manifest(m.trackingNumber(), m.route(), m.filing()),
                trackingNumber -> CorridorScreening.signals(results));
    }

    /** The destination confirmed arrival: the transit through here is completed, and the administration before learns it too. */
    private void arrived(CorridorMessage m, Instant now) {
        Optional<Passage> passage = passages.find(m.trackingNumber());
        if (passage.isEmpty()) {
            throw new NotActionable("no passage of " + m.trackingNumber() + " is known here");
        }
        passages.addEvent(m.trackingNumber(),
                new CorridorMessage.TransitEvent(settings.administration(), "COMPLETED", now, null), now);
        passages.status(m.trackingNumber(), passage.get().role() == Passage.Role.TRANSIT ? "TRANSIT_COMPLETED" : "COMPLETED",
                now);
        if (passage.get().previous() != null) {
            events.publishEvent(new PassagesDue(CorridorMessage.Kind.ARRIVAL_CONFIRMED, passage.get().previous(),
                    List.of(m.trackingNumber()), null));
        }
    }

    private void refuse(ConsumerRecord<String, CloudEvent> r, String claimedSender, String reason) {
        log.warn("Refused a corridor message at {}-{}@{} claiming to come from {}: {}", r.topic(), r.partition(), r.offset(),
                claimedSender, reason);
        transaction.executeWithoutResult(s -> passages.refuse(new Passages.Refusal(Ids.next(), Instant.now(), r.topic(),
                r.partition(), r.offset(), claimedSender, reason)));
    }
}
