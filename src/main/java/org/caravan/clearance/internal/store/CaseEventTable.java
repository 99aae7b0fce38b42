package org.caravan.clearance.internal.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.caravan.clearance.ClearanceStatus;
import org.caravan.clearance.internal.model.CaseAction;
import org.caravan.clearance.internal.model.CaseChange;
import org.caravan.common.Ids;
import org.caravan.common.audit.AuditDigest;
import org.caravan.common.audit.AuditTrail;
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
    /** Past this many changes at once (an arrival of a whole manifest, say) the audit trail keeps a digest per action. */
    static final int AUDIT_ONE_BY_ONE = 50;

    private final JdbcTemplate batch;
    private final AuditTrail trail;

    CaseEventTable(JdbcClient jdbc, JdbcTemplate batch, AuditTrail trail) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.trail = trail;
    }

    /** One line of a case's audit trail. */
    public record Entry(Instant occurredAt, String actor, CaseAction action, ClearanceStatus status, String detail) {
    }

    /** Appends to the cases' trails and to the tamper-evident audit trail, in the caller's transaction. */
    public void appendAll(List<CaseChange> changes) {
        audit(changes);
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

    private void audit(List<CaseChange> changes) {
        if (changes.size() <= AUDIT_ONE_BY_ONE) {
            for (CaseChange c : changes) {
                trail.record(c.actor(), "case." + c.action().name().toLowerCase(java.util.Locale.ROOT), "consignment",
                        c.trackingNumber(), c.jurisdiction().value(), "case", c.caseId(),
                        "from", c.from().map(Enum::name).orElse(null), "to", c.to().name(), "detail", detail(c.detail()));
            }
            return;
        }
        java.util.Map<String, java.util.List<CaseChange>> byAction = new java.util.TreeMap<>();
        changes.forEach(c -> byAction.computeIfAbsent(c.jurisdiction().value() + " " + c.action().name() + " " + c.actor(),
                k -> new java.util.ArrayList<>()).add(c));
        byAction.values().forEach(group -> {
            CaseChange first = group.get(0);
            AuditDigest lines = new AuditDigest();
            group.forEach(c -> lines.add(c.trackingNumber(), c.to().name()));
            trail.record(first.actor(), "case." + first.action().name().toLowerCase(java.util.Locale.ROOT), "cases",
                    first.jurisdiction().value(), first.jurisdiction().value(), "changes", lines.summary());
        });
    }

    private static String detail(String detail) {
        return detail == null || detail.length() <= DETAIL_LENGTH ? detail : detail.substring(0, DETAIL_LENGTH);
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
