package org.caravan.clearance.internal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.caravan.clearance.ClearanceStatus;
import org.caravan.clearance.OfficerWorkbench.Filter;
import org.caravan.clearance.OfficerWorkbench.Row;
import org.caravan.clearance.OfficerWorkbench.WorkQueue;
import org.caravan.reference.CountryCode;
import org.caravan.reference.Jurisdictions;
import org.caravan.risk.Lane;
import org.caravan.risk.RiskReason;
import org.caravan.risk.Selection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The officer's queues read for the desk: open tasks joined to their case (found through
 * {@code officer_task_open}, then the case by its key), and the cases held for payment.
 * Riskiest first, then the longest waiting.
 */
@Repository
public class WorkQueueTable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final AssessmentDocument document;

    WorkQueueTable(JdbcClient jdbc, Jurisdictions jurisdictions) {
        this.jdbc = jdbc;
        this.document = new AssessmentDocument(AssessmentDocument.catalogue(jurisdictions));
    }

    public List<Row> page(CountryCode administration, WorkQueue queue, Filter filter, int offset, int limit) {
        Where where = where(administration, queue, filter);
        List<Object> params = new ArrayList<>(where.params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql(select(queue) + where.sql + " order by c.risk_score desc, waiting_since, c.tracking_number limit ? offset ?")
                .params(params).query((rs, n) -> row(rs, queue)).list();
    }

    public long count(CountryCode administration, WorkQueue queue, Filter filter) {
        Where where = where(administration, queue, filter);
        String from = queue == WorkQueue.PAYMENTS ? "select count(*) from clearance_case c"
                : "select count(*) from officer_task t join clearance_case c on c.id = t.case_id";
        return jdbc.sql(from + where.sql).params(where.params).query(Long.class).single();
    }

    private static String select(WorkQueue queue) {
        String columns = "c.tracking_number, c.status, c.risk_score, c.lane, c.selection, c.lane_key, c.category, c.assessment, ";
        if (queue == WorkQueue.PAYMENTS) {
            // held since the case's last change, or since the decision if it was held for payment from the start
            return "select null as task_id, " + columns + "c.risk_reasons as reasons, coalesce((select max(e.occurred_at) "
                    + "from case_event e where e.case_id = c.id), c.decided_at) as waiting_since from clearance_case c";
        }
        return "select t.id as task_id, " + columns + "t.reasons as reasons, t.created_at as waiting_since "
                + "from officer_task t join clearance_case c on c.id = t.case_id";
    }

    private record Where(String sql, List<Object> params) {
    }

    private static Where where(CountryCode administration, WorkQueue queue, Filter filter) {
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        if (queue == WorkQueue.PAYMENTS) {
            sql.append(" where c.jurisdiction = ? and c.status = ?");
            params.add(administration.value());
            params.add(ClearanceStatus.PAYMENT_REQUIRED.name());
        } else {
            sql.append(" where t.jurisdiction = ? and t.queue = ? and t.state = 'OPEN'");
            params.add(administration.value());
            params.add(queue.name());
        }
        filter.laneKey().ifPresent(k -> {
            sql.append(" and c.lane_key = ?");
            params.add(k);
        });
        if (filter.minimumRiskScore() > 0) {
            sql.append(" and c.risk_score >= ?");
            params.add(filter.minimumRiskScore());
        }
        filter.trackingNumber().ifPresent(t -> {
            sql.append(" and upper(c.tracking_number) like ? escape '!'");
            params.add("%" + t.toUpperCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        });
        return new Where(sql.toString(), params);
    }

    private Row row(ResultSet rs, WorkQueue queue) throws SQLException {
        String reasons = rs.getString("reasons");
        List<String> firstReasons = queue == WorkQueue.PAYMENTS
                ? AssessmentDocument.readReasons(reasons).stream().map(RiskReason::detail).toList()
                : JSON.readValue(reasons, TEXTS);
        return new Row(rs.getString("tracking_number"), Optional.ofNullable(rs.getObject("task_id", UUID.class)),
                ClearanceStatus.valueOf(rs.getString("status")), rs.getInt("risk_score"), Lane.valueOf(rs.getString("lane")),
                Optional.ofNullable(rs.getString("selection")).map(Selection::valueOf).orElse(Selection.NONE),
                rs.getString("lane_key"), rs.getString("category"),
                document.read(rs.getString("assessment")).customsValue(), rs.getTimestamp("waiting_since").toInstant(),
                firstReasons.stream().limit(2).toList());
    }
}
