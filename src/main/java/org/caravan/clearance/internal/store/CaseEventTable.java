package org.caravan.clearance.internal.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.caravan.clearance.ClearanceStatus;
import org.caravan.common.Ids;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit trail of a case: who did what, when, and the status it led to. Append-only. */
@Repository
public class CaseEventTable {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    CaseEventTable(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public record CaseEvent(UUID caseId, Instant occurredAt, String actor, String action, ClearanceStatus status,
            String detail) {
    }

    public void append(CaseEvent e) {
        appendAll(List.of(e));
    }

    public void appendAll(List<CaseEvent> events) {
        batch.batchUpdate("insert into case_event (id, case_id, occurred_at, actor, action, status, detail) values (?, ?, ?, ?, ?, ?, ?)",
                events, 1000, (ps, e) -> {
                    ps.setObject(1, Ids.next());
                    ps.setObject(2, e.caseId());
                    ps.setTimestamp(3, Timestamp.from(e.occurredAt()));
                    ps.setString(4, e.actor());
                    ps.setString(5, e.action());
                    ps.setString(6, e.status().name());
                    ps.setString(7, e.detail() == null || e.detail().length() <= 2000 ? e.detail() : e.detail().substring(0, 2000));
                });
    }

    public List<CaseEvent> of(UUID caseId) {
        return jdbc.sql("select case_id, occurred_at, actor, action, status, detail from case_event where case_id = ? order by occurred_at, id")
                .param(caseId)
                .query((rs, n) -> new CaseEvent(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), ClearanceStatus.valueOf(rs.getString(5)), rs.getString(6)))
                .list();
    }
}
