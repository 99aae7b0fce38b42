package org.caravan.tracking.internal.webhooks.web;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.caravan.tracking.internal.webhooks.Subscription;
import org.caravan.tracking.internal.webhooks.WebhookEventType;
import org.caravan.tracking.internal.webhooks.store.Deliveries;

/** The answers of the subscriptions API. A secret appears only in the answer that created it. */
final class SubscriptionResponses {

    private SubscriptionResponses() {
    }

    record SubscriptionView(String id, String url, List<String> eventTypes, boolean paused, Instant createdAt,
            Optional<Instant> previousSecretValidUntil) {

        static SubscriptionView of(Subscription s) {
            return new SubscriptionView(s.id().toString(), s.url(),
                    s.eventTypes().stream().map(WebhookEventType::type).toList(), s.paused(), s.createdAt(),
                    s.previousSecretUntil().filter(Instant.now()::isBefore));
        }
    }

    record Created(String id, String url, List<String> eventTypes, boolean paused, Instant createdAt, String secret) {
    }

    record SubscriptionList(List<SubscriptionView> subscriptions) {
    }

    record Rotated(String secret, Instant previousSecretValidUntil) {
    }

    record Replayed(int requeued) {
    }

    record Delivery(String cursor, String eventId, String eventType, String subject, Instant occurredAt, String status,
            int attempts, Optional<Integer> lastResponseCode, Optional<String> lastError, Optional<Instant> lastAttemptAt,
            Optional<Instant> nextAttemptAt, Optional<Instant> deliveredAt) {

        static Delivery of(Deliveries.Logged d) {
            return new Delivery(String.valueOf(d.seq()), d.eventId().toString(), d.eventType(), d.subject(), d.occurredAt(),
                    d.status().name(), d.attempts(), d.lastResponseCode(), d.lastError(), d.lastAttemptAt(),
                    d.nextAttemptAt(), d.deliveredAt());
        }
    }

    record DeliveryPage(List<Delivery> deliveries, String next) {
    }
}
