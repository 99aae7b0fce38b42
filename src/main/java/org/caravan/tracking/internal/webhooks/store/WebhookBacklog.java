package org.caravan.tracking.internal.webhooks.store;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Webhook deliveries not yet made (queued or being sent) and those dead-lettered, for
 * Prometheus. Counted every refresh period, so a scrape only reads the last count.
 */
@Component
class WebhookBacklog {

    private final JdbcClient jdbc;
    private final AtomicLong undelivered = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();

    WebhookBacklog(JdbcClient jdbc, MeterRegistry registry) {
        this.jdbc = jdbc;
        Gauge.builder("caravan.webhooks.backlog", undelivered, AtomicLong::get)
                .description("Webhook deliveries queued or being sent").register(registry);
        Gauge.builder("caravan.webhooks.dead.lettered", deadLettered, AtomicLong::get)
                .description("Webhook deliveries given up after the last attempt, waiting for a replay").register(registry);
    }

    @Scheduled(initialDelayString = "${caravan.metrics.gauge-refresh:PT15S}",
            fixedDelayString = "${caravan.metrics.gauge-refresh:PT15S}")
    void refresh() {
        undelivered.set(jdbc.sql("select count(*) from webhook_delivery where status in ('PENDING', 'SENDING')")
                .query(Long.class).single());
        deadLettered.set(jdbc.sql("select count(*) from webhook_delivery where status = 'DEAD_LETTERED'")
                .query(Long.class).single());
    }
}
