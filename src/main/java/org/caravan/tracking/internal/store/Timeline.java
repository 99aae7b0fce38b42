package org.caravan.tracking.internal.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.caravan.common.Ids;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only history of tracking events per tracking number. */
@Repository
public class Timeline {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    Timeline(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public record Entry(String trackingNumber, Instant occurredAt, String status, String explanation, Optional<String> jurisdiction) {
    }

    public void appendAll(List<Entry> entries) {
        batch.batchUpdate("insert into tracking_event (id, tracking_number, occurred_at, status, explanation, jurisdiction) values (?, ?, ?, ?, ?, ?)",
                entries, 1000, (ps, e) -> {
                    ps.setObject(1, Ids.next());
                    ps.setString(2, e.trackingNumber());
                    ps.setTimestamp(3, Timestamp.from(e.occurredAt()));
                    ps.setString(4, e.status());
                    ps.setString(5, e.explanation());
                    ps.setString(6, e.jurisdiction().orElse(null));
                });
    }

    public List<Entry> of(String trackingNumber) {
        return jdbc.sql("select tracking_number, occurred_at, status, explanation, jurisdiction from tracking_event where tracking_number = ? order by occurred_at, id")
                .param(trackingNumber)
                .query((rs, n) -> new Entry(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                        Optional.ofNullable(rs.getString(5)).map(String::trim)))
                .list();
    }
}
