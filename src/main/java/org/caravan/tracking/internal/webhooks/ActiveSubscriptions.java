package org.caravan.tracking.internal.webhooks;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.caravan.party.Role;
import org.caravan.tracking.internal.webhooks.store.Subscriptions;
import org.springframework.stereotype.Component;

/**
 * Every subscription (paused ones too: their deliveries wait for them), held in memory by
 * courier party and by platform code, so routing a chunk of decisions for parties that
 * subscribe to nothing costs two map look-ups and no query. Reloaded whenever this instance
 * changes a subscription, and every few seconds by the dispatcher for the changes of others.
 */
@Component
class ActiveSubscriptions {

    private record Snapshot(Map<UUID, List<Subscription>> byCourier, Map<String, List<Subscription>> byPlatform,
            List<Subscription> all) {
    }

    private final Subscriptions store;
    private volatile Snapshot snapshot;

    ActiveSubscriptions(Subscriptions store) {
        this.store = store;
    }

    void reload() {
        List<Subscription> all = store.all();
        snapshot = new Snapshot(
                all.stream().filter(s -> s.role().declares()).collect(Collectors.groupingBy(Subscription::partyId)),
                all.stream().filter(s -> s.role() == Role.PLATFORM).collect(Collectors.groupingBy(Subscription::clientId)),
                List.copyOf(all));
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == null) {
            reload();
            s = snapshot;
        }
        return s;
    }

    boolean none() {
        return current().all().isEmpty();
    }

    boolean anyPlatform() {
        return !current().byPlatform().isEmpty();
    }

    boolean anyOf(UUID courier) {
        return current().byCourier().containsKey(courier);
    }

    Collection<Subscription> all() {
        return current().all();
    }

    /** The subscriptions that want {@code type} of a consignment filed by {@code courier} for {@code platform}. */
    List<Subscription> of(UUID courier, Optional<String> platform, WebhookEventType type) {
        Snapshot s = current();
        List<Subscription> couriers = s.byCourier().getOrDefault(courier, List.of());
        List<Subscription> platforms = platform.map(p -> s.byPlatform().getOrDefault(p, List.of())).orElse(List.of());
        if (couriers.isEmpty() && platforms.isEmpty()) {
            return List.of();
        }
        return java.util.stream.Stream.concat(couriers.stream(), platforms.stream()).filter(x -> x.wants(type)).toList();
    }
}
