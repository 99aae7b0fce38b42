package org.caravan.risk.internal.store;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.caravan.reference.CountryCode;
import org.caravan.risk.Lane;
import org.caravan.risk.RiskReason;
import org.caravan.risk.SandboxMode;
import org.caravan.risk.SandboxRun;
import org.caravan.risk.Selection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Sandbox runs in {@code sandbox_run} and what they screened in {@code sandbox_screening}. */
@Repository
public class SandboxTable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<RiskReason>> REASONS = new TypeReference<>() {
    };
    private static final String RUN_COLUMNS = """
            id, jurisdiction, mode, candidate_profile, model_version, replay_from, replay_to, reason, started_by,
            started_at, stopped_at, candidate_basis""";

    /** A run with the candidate document it screens with. */
    public record StoredRun(SandboxRun run, String candidateProfile) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    SandboxTable(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public void add(SandboxRun run, String candidateProfile) {
        jdbc.sql("insert into sandbox_run (" + RUN_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(run.id(), run.jurisdiction().value(), run.mode().name(), candidateProfile,
                        run.modelVersion().orElse(null), run.from().map(Date::valueOf).orElse(null),
                        run.to().map(Date::valueOf).orElse(null), run.reason(), run.startedBy(),
                        Timestamp.from(run.startedAt()), run.stoppedAt().map(Timestamp::from).orElse(null),
                        run.candidateBasis())
                .update();
    }

    public List<StoredRun> all() {
        return jdbc.sql("select " + RUN_COLUMNS + " from sandbox_run order by started_at desc, id").query(this::map).list();
    }

    public List<StoredRun> activeShadows() {
        return jdbc.sql("select " + RUN_COLUMNS + " from sandbox_run where mode = 'SHADOW' and stopped_at is null")
                .query(this::map).list();
    }

    public Optional<StoredRun> byId(UUID id) {
        return jdbc.sql("select " + RUN_COLUMNS + " from sandbox_run where id = ?").param(id).query(this::map).optional();
    }

    public void stop(UUID id, Instant at) {
        jdbc.sql("update sandbox_run set stopped_at = ? where id = ? and stopped_at is null").params(Timestamp.from(at), id)
                .update();
    }

    public void addAll(List<Screened> screened) {
        batch.batchUpdate("""
                insert into sandbox_screening (run_id, tracking_number, side, manifest_id, lane, score, selection, top_reasons,
                  screened_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", screened, 1000, (ps, s) -> {
            ps.setObject(1, s.runId());
            ps.setString(2, s.trackingNumber());
            ps.setString(3, s.side().name());
            ps.setObject(4, s.manifestId());
            ps.setString(5, s.lane().name());
            ps.setInt(6, s.score());
            ps.setString(7, s.selection().name());
            ps.setString(8, JSON.writeValueAsString(s.topReasons()));
            ps.setTimestamp(9, Timestamp.from(s.screenedAt()));
        });
    }

    public List<Screened> screenedBy(UUID runId) {
        return jdbc.sql("""
                select run_id, tracking_number, side, manifest_id, lane, score, selection, top_reasons, screened_at
                from sandbox_screening where run_id = ? order by tracking_number, side""")
                .param(runId)
                .query((rs, n) -> new Screened(rs.getObject(1, UUID.class), rs.getString(2),
                        Screened.Side.valueOf(rs.getString(3)), rs.getObject(4, UUID.class), Lane.valueOf(rs.getString(5)),
                        rs.getInt(6), Selection.valueOf(rs.getString(7)), JSON.readValue(rs.getString(8), REASONS),
                        rs.getTimestamp(9).toInstant()))
                .list();
    }

    private StoredRun map(ResultSet rs, int row) throws SQLException {
        String document = rs.getString(4);
        return new StoredRun(new SandboxRun(rs.getObject(1, UUID.class), CountryCode.of(rs.getString(2).trim()),
                SandboxMode.valueOf(rs.getString(3)), rs.getString(12), Optional.ofNullable(rs.getString(5)),
                Optional.ofNullable(rs.getDate(6)).map(Date::toLocalDate), Optional.ofNullable(rs.getDate(7)).map(Date::toLocalDate),
                rs.getString(8), rs.getString(9), rs.getTimestamp(10).toInstant(),
                Optional.ofNullable(rs.getTimestamp(11)).map(Timestamp::toInstant)), document);
    }
}
