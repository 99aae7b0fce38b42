package org.caravan.common.store;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Events of the publication registry whose listeners have not all completed: completed
 * ones are deleted, so every row left is work outstanding (or failed and waiting for a
 * restart's republication). A number that keeps growing means a listener is stuck.
 */
@Component
class PublicationBacklog {

    private final JdbcClient jdbc;
    private final AtomicLong incomplete = new AtomicLong();

    PublicationBacklog(JdbcClient jdbc, MeterRegistry registry) {
        this.jdbc = jdbc;
        Gauge.builder("caravan.events.incomplete", incomplete, AtomicLong::get)
                .description("Event publications not yet completed by their listeners").register(registry);
    }

    @Scheduled(initialDelayString = "${caravan.metrics.gauge-refresh:PT15S}",
            fixedDelayString = "${caravan.metrics.gauge-refresh:PT15S}")
    void refresh() {
        incomplete.set(jdbc.sql("select count(*) from event_publication where completion_date is null")
                .query(Long.class).single());
    }
}
