package org.caravan.clearance.internal.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.caravan.clearance.ClearanceStatus;
import org.caravan.clearance.internal.model.CaseAction;
import org.caravan.clearance.internal.model.CaseChange;
import org.caravan.common.Ids;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The audit trail of a case: who did what, when, and the status it led to. Append-only;
 * every change after the decision is a row here.
 */
@Repository
public class CaseEventTable {

    private static final int DETAIL_LENGTH = 2000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    CaseEventTable(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** One line of a case's audit trail. */
    public record Entry(Instant occurredAt, String actor, CaseAction action, ClearanceStatus status, String detail) {
    }

    public void appendAll(List<CaseChange> changes) {
        batch.batchUpdate("insert into case_event (id, case_id, occurred_at, actor, action, status, detail) values (?, ?, ?, ?, ?, ?, ?)",
                changes, 1000, (ps, e) -> {
                    ps.setObject(1, Ids.next());
                    ps.setObject(2, e.caseId());
                    ps.setTimestamp(3, Timestamp.from(e.at()));
                    ps.setString(4, e.actor());
                    ps.setString(5, e.action().name());
                    ps.setString(6, e.to().name());
                    ps.setString(7, e.detail() == null || e.detail().length() <= DETAIL_LENGTH ? e.detail()
                            : e.detail().substring(0, DETAIL_LENGTH));
                });
    }

    /**
     * The case's trail, oldest first. Its first entry, the assessment, is read from the case
     * row itself (see {@code ClearanceCase.decide}): writing it again per parcel would double
     * the rows a manifest writes. Cases decided before the row kept its decided status have
     * that entry stored instead.
     */
    public List<Entry> of(UUID caseId) {
        return jdbc.sql("""
                select occurred_at, actor, action, status, detail from (
                  select decided_at as occurred_at, 'caravan' as actor, 'ASSESSED' as action, decided_status as status,
                         concat('lane ', lane, ', score ', cast(risk_score as varchar(10))) as detail, 0 as seq, id
                  from clearance_case where id = :id and decided_status is not null
                  union all
                  select occurred_at, actor, action, status, detail, 1 as seq, id from case_event where case_id = :id
                ) trail order by occurred_at, seq, id""")
                .param("id", caseId)
                .query((rs, n) -> new Entry(rs.getTimestamp(1).toInstant(), rs.getString(2), CaseAction.valueOf(rs.getString(3)),
                        ClearanceStatus.valueOf(rs.getString(4)), rs.getString(5)))
                .list();
    }
}
