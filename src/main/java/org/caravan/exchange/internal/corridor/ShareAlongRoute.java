package org.caravan.exchange.internal.corridor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.caravan.filing.FiledConsignment;
import org.caravan.filing.ConsignmentsFiled;
import org.caravan.party.Parties;
import org.caravan.exchange.internal.corridor.store.Passages;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A manifest filed here whose route goes on to another administration: each consignment not
 * cleared here is screened by this administration, recorded as a passage, and shared with
 * the next administration on the route. Chunk by chunk in the filing's own transaction, from
 * the consignments the chunk carries (nothing is read back), so what is shared is exactly
 * what was filed; the messages leave once it has committed.
 */
@Component
@OnCorridor
class ShareAlongRoute {

    private final CorridorSettings settings;
    private final Parties parties;
    private final Passages passages;
    private final CorridorScreening screening;
    private final ApplicationEventPublisher events;

    ShareAlongRoute(CorridorSettings settings, Parties parties, Passages passages, CorridorScreening screening,
            ApplicationEventPublisher events) {
        this.settings = settings;
        this.parties = parties;
        this.passages = passages;
        this.screening = screening;
        this.events = events;
    }

    @EventListener
    void on(ConsignmentsFiled filed) {
        List<String> route = filed.route();
        int here = route.indexOf(settings.administration());
        if (here < 0 || here == route.size() - 1) {
            return;
        }
        String next = route.get(here + 1);
        Passage.Role role = here == 0 ? Passage.Role.ORIGIN : Passage.Role.TRANSIT;
        String courier = parties.byId(filed.courierPartyId()).map(r -> r.party().clientId()).orElse(null);
        Instant now = Instant.now();
        List<String> due = new ArrayList<>();
        for (FiledConsignment c : filed.consignments()) {
            if (c.destination().value().equals(settings.administration())) {
                continue;
            }
            passages.add(new Passage(c.trackingNumber(), role, route, here == 0 ? null : route.get(here - 1), next, "SHARED",
                    SharedFilings.of(c, filed.manifestRef(), courier), List.of(screening.screen(c, role, now)), courier,
                    now));
            due.add(c.trackingNumber());
        }
        if (!due.isEmpty()) {
            events.publishEvent(new PassagesDue(CorridorMessage.Kind.CONSIGNMENT_SHARED, next, due, null));
        }
    }
}
