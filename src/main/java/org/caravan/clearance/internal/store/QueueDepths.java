package org.caravan.clearance.internal.store;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

/**
 * Open officer tasks per jurisdiction and queue, for Prometheus. Counted by one grouped
 * query on the open-task index every refresh period, so a scrape reads a number and never
 * scans the table itself.
 */
@Component
class QueueDepths {

    private final JdbcClient jdbc;
    private final MultiGauge depths;

    QueueDepths(JdbcClient jdbc, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.depths = MultiGauge.builder("caravan.officer.tasks.open")
                .description("Open officer tasks per jurisdiction and queue").register(registry);
    }

    @Scheduled(initialDelayString = "${caravan.metrics.gauge-refresh:PT15S}",
            fixedDelayString = "${caravan.metrics.gauge-refresh:PT15S}")
    void refresh() {
        List<MultiGauge.Row<Number>> rows = jdbc.sql("select jurisdiction, queue, count(*) from officer_task "
                + "where state = 'OPEN' group by jurisdiction, queue")
                .query((rs, n) -> MultiGauge.Row.of(Tags.of("jurisdiction", rs.getString(1), "queue", rs.getString(2)),
                        rs.getLong(3)))
                .list();
        depths.register(rows, true);
    }
}
