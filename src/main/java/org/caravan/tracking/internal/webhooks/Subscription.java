package org.caravan.tracking.internal.webhooks;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.caravan.party.Role;

/** A party's standing order for events at a URL. Holds no secret: those stay sealed in the store. */
public record Subscription(UUID id, UUID partyId, Role role, String clientId, String url,
        Set<WebhookEventType> eventTypes, boolean paused, Optional<Instant> previousSecretUntil, Instant createdAt) {

    public boolean wants(WebhookEventType type) {
        return eventTypes.contains(type);
    }
}
