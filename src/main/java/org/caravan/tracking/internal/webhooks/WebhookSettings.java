package org.caravan.tracking.internal.webhooks;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** {@code caravan.webhooks.*}: how deliveries are sent, retried and given up on. */
@Component
public class WebhookSettings {

    final Duration connectTimeout;
    final Duration requestTimeout;
    final int maxAttempts;
    final Duration firstRetry;
    final Duration maxRetry;
    final int inFlightPerSubscription;
    final Duration pollInterval;
    final Duration idlePollInterval;
    final Duration retention;
    final boolean allowHttpLocalhost;
    final String secretKeyFile;

    WebhookSettings(@Value("${caravan.webhooks.connect-timeout}") Duration connectTimeout,
            @Value("${caravan.webhooks.request-timeout}") Duration requestTimeout,
            @Value("${caravan.webhooks.max-attempts}") int maxAttempts,
            @Value("${caravan.webhooks.first-retry}") Duration firstRetry,
            @Value("${caravan.webhooks.max-retry}") Duration maxRetry,
            @Value("${caravan.webhooks.in-flight-per-subscription}") int inFlightPerSubscription,
            @Value("${caravan.webhooks.poll-interval}") Duration pollInterval,
            @Value("${caravan.webhooks.idle-poll-interval}") Duration idlePollInterval,
            @Value("${caravan.webhooks.retention}") Duration retention,
            @Value("${caravan.webhooks.allow-http-localhost}") boolean allowHttpLocalhost,
            @Value("${caravan.webhooks.secret-key-file}") String secretKeyFile) {
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
        this.maxAttempts = maxAttempts;
        this.firstRetry = firstRetry;
        this.maxRetry = maxRetry;
        this.inFlightPerSubscription = inFlightPerSubscription;
        this.pollInterval = pollInterval;
        this.idlePollInterval = idlePollInterval;
        this.retention = retention;
        this.allowHttpLocalhost = allowHttpLocalhost;
        this.secretKeyFile = secretKeyFile;
    }
}
