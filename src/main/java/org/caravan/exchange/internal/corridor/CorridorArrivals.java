package org.caravan.exchange.internal.corridor;

import java.time.Instant;
import java.util.List;

import org.caravan.clearance.ClearanceStatusChanged;
import org.caravan.exchange.internal.corridor.store.Passages;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The goods of a consignment shared along the corridor arrived at its destination: the
 * administration it came from is told, so its transit is completed (and it tells the one
 * before it). In the arrival's own transaction.
 */
@Component
@OnCorridor
class CorridorArrivals {

    private final CorridorSettings settings;
    private final Passages passages;
    private final ApplicationEventPublisher events;

    CorridorArrivals(CorridorSettings settings, Passages passages, ApplicationEventPublisher events) {
        this.settings = settings;
        this.passages = passages;
        this.events = events;
    }

    @EventListener
    void on(ClearanceStatusChanged changed) {
        if (changed.cause() != ClearanceStatusChanged.Cause.ARRIVED) {
            return;
        }
        passages.find(changed.trackingNumber()).filter(p -> p.role() == Passage.Role.DESTINATION && p.previous() != null)
                .ifPresent(p -> {
                    Instant at = changed.occurredAt();
                    if (passages.addEvent(p.trackingNumber(),
                            new CorridorMessage.TransitEvent(settings.administration(), "ARRIVED", at, null), Instant.now())) {
                        passages.status(p.trackingNumber(), "ARRIVED", at);
                        events.publishEvent(new PassagesDue(CorridorMessage.Kind.ARRIVAL_CONFIRMED, p.previous(),
                                List.of(p.trackingNumber()), null));
                    }
                });
    }
}
