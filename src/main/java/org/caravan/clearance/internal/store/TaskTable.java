package org.caravan.clearance.internal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.caravan.clearance.internal.Queue;
import org.caravan.reference.CountryCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Officer tasks: an inspection or a documentary check waiting for a result. */
@Repository
public class TaskTable {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    TaskTable(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public record Task(UUID id, UUID caseId, String trackingNumber, CountryCode jurisdiction, Queue queue, String state,
            String reasons, Instant createdAt, Optional<String> outcome, Optional<String> note,
            Optional<String> completedBy, Optional<Instant> completedAt) {
    }

    public void insertAll(List<Task> tasks) {
        batch.batchUpdate("""
                insert into officer_task (id, case_id, tracking_number, jurisdiction, queue, state, reasons, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", tasks, 1000, (ps, t) -> {
            ps.setObject(1, t.id());
            ps.setObject(2, t.caseId());
            ps.setString(3, t.trackingNumber());
            ps.setString(4, t.jurisdiction().value());
            ps.setString(5, t.queue().name());
            ps.setString(6, t.state());
            ps.setString(7, t.reasons());
            ps.setTimestamp(8, Timestamp.from(t.createdAt()));
        });
    }

    /** One page of a queue's open tasks in creation order, starting after the task {@code after}. */
    public List<Task> open(CountryCode jurisdiction, Queue queue, Optional<UUID> after, int limit) {
        return jdbc.sql("select * from officer_task where jurisdiction = ? and queue = ? and state = 'OPEN'"
                + (after.isPresent() ? " and id > ?" : "") + " order by id limit ?")
                .params(after.isPresent() ? List.of(jurisdiction.value(), queue.name(), after.get(), limit)
                        : List.of(jurisdiction.value(), queue.name(), limit))
                .query(TaskTable::map).list();
    }

    public Optional<Task> byId(UUID id) {
        return jdbc.sql("select * from officer_task where id = ? for update").param(id).query(TaskTable::map).optional();
    }

    public List<Task> ofCase(UUID caseId) {
        return jdbc.sql("select * from officer_task where case_id = ? order by id").param(caseId).query(TaskTable::map).list();
    }

    public void complete(UUID id, String outcome, String note, String officer, Instant at) {
        jdbc.sql("update officer_task set state = 'DONE', outcome = ?, note = ?, completed_by = ?, completed_at = ? where id = ?")
                .params(outcome, note, officer, Timestamp.from(at), id).update();
    }

    private static Task map(ResultSet rs, int row) throws SQLException {
        Timestamp completed = rs.getTimestamp("completed_at");
        return new Task(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), rs.getString("tracking_number"),
                CountryCode.of(rs.getString("jurisdiction").trim()), Queue.valueOf(rs.getString("queue")), rs.getString("state"),
                rs.getString("reasons"), rs.getTimestamp("created_at").toInstant(), Optional.ofNullable(rs.getString("outcome")),
                Optional.ofNullable(rs.getString("note")), Optional.ofNullable(rs.getString("completed_by")),
                Optional.ofNullable(completed).map(Timestamp::toInstant));
    }
}
