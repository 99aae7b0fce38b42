package org.caravan.tracking.internal.webhooks.web;

import java.util.List;

/** The request bodies as sent; every field nullable so validation can name each one. */
final class SubscriptionRequests {

    private SubscriptionRequests() {
    }

    record Subscribe(String url, List<String> eventTypes, String secret) {
    }

    record Change(Boolean paused) {
    }

    record Rotate(String secret, Long overlapSeconds) {
    }

    record Replay(String from) {
    }
}
