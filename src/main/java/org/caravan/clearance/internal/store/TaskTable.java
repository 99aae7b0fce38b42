package org.caravan.clearance.internal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.caravan.clearance.internal.model.Queue;
import org.caravan.clearance.internal.model.TaskOutcome;
import org.caravan.clearance.internal.model.TaskState;
import org.caravan.reference.CountryCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Officer tasks: an inspection or a documentary check waiting for a result. */
@Repository
public class TaskTable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> REASONS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    TaskTable(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** A task and, once done, its result. {@code reasons} say why the officer is asked to look. */
    public record Task(UUID id, UUID caseId, String trackingNumber, CountryCode jurisdiction, Queue queue, TaskState state,
            List<String> reasons, Instant createdAt, Optional<TaskOutcome> outcome, Optional<String> note,
            Optional<String> completedBy, Optional<Instant> completedAt) {

        public static Task open(UUID id, UUID caseId, String trackingNumber, CountryCode jurisdiction, Queue queue,
                List<String> reasons, Instant createdAt) {
            return new Task(id, caseId, trackingNumber, jurisdiction, queue, TaskState.OPEN, List.copyOf(reasons), createdAt,
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }
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
            ps.setString(6, t.state().name());
            ps.setString(7, JSON.writeValueAsString(t.reasons()));
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

    public void complete(UUID id, TaskOutcome outcome, String note, String officer, Instant at) {
        jdbc.sql("update officer_task set state = 'DONE', outcome = ?, note = ?, completed_by = ?, completed_at = ? where id = ?")
                .params(outcome.name(), note, officer, Timestamp.from(at), id).update();
    }

    private static Task map(ResultSet rs, int row) throws SQLException {
        Timestamp completed = rs.getTimestamp("completed_at");
        return new Task(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), rs.getString("tracking_number"),
                CountryCode.of(rs.getString("jurisdiction").trim()), Queue.valueOf(rs.getString("queue")),
                TaskState.valueOf(rs.getString("state")), JSON.readValue(rs.getString("reasons"), REASONS),
                rs.getTimestamp("created_at").toInstant(), Optional.ofNullable(rs.getString("outcome")).map(TaskOutcome::valueOf),
                Optional.ofNullable(rs.getString("note")), Optional.ofNullable(rs.getString("completed_by")),
                Optional.ofNullable(completed).map(Timestamp::toInstant));
    }
}
