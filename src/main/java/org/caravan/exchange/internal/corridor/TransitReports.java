package org.caravan.exchange.internal.corridor;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.caravan.common.InvalidInput;
import org.caravan.common.NotFound;
import org.caravan.common.Violation;
import org.caravan.exchange.internal.corridor.store.Passages;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A courier or an officer reports the goods crossing this administration's border (ENTRY,
 * EXIT): recorded once, and passed on to the next administration on the route when it is
 * granted transit events.
 */
@Service
@OnCorridor
public class TransitReports {

    static final List<String> EVENTS = List.of("ENTRY", "EXIT");

    private final CorridorSettings settings;
    private final Passages passages;
    private final ApplicationEventPublisher events;

    TransitReports(CorridorSettings settings, Passages passages, ApplicationEventPublisher events) {
        this.settings = settings;
        this.passages = passages;
        this.events = events;
    }

    /**
     * True when recorded now, false when it was recorded before. {@code courier}, when the
     * report comes from a courier, must be the consignment's own: another courier is told
     * the consignment is not found.
     */
    @Transactional
    public boolean report(String trackingNumber, String event, Optional<Instant> occurredAt, Optional<String> location,
            Optional<String> courier) {
        if (event == null || !EVENTS.contains(event)) {
            throw new InvalidInput(List.of(new Violation("/event", "unknown-transit-event", "must be ENTRY or EXIT")));
        }
        if (location.isPresent() && !location.get().matches("[A-Z]{2}[A-Z2-9]{3}")) {
            throw new InvalidInput(List.of(new Violation("/location", "invalid-unlocode", "must be a UN/LOCODE such as KZNZH")));
        }
        Passage p = passages.find(trackingNumber).filter(x -> x.role() != Passage.Role.DESTINATION)
                .filter(x -> courier.isEmpty() || courier.get().equals(x.courier()))
                .orElseThrow(() -> new NotFound("No consignment " + trackingNumber + " crosses " + settings.administration()
                        + " on a shared route"));
        Instant now = Instant.now();
        CorridorMessage.TransitEvent e = new CorridorMessage.TransitEvent(settings.administration(), event,
                occurredAt.orElse(now), location.orElse(null));
        if (!passages.addEvent(trackingNumber, e, now)) {
            return false;
        }
        passages.status(trackingNumber, "ENTRY".equals(event) ? "ENTERED" : "EXITED", now);
        if (p.next() != null) {
            events.publishEvent(new PassagesDue(CorridorMessage.Kind.TRANSIT_EVENT, p.next(), List.of(trackingNumber), e));
        }
        return true;
    }
}
