package org.caravan.monitoring.internal.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.caravan.monitoring.internal.RollupLine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code monitoring_rollup} table. Rows are only ever appended, one JDBC batch per event
 * batch, and read back summed, so two instances counting the same day and lane never wait
 * on each other's row. Closed days are later moved into one row per key
 * ({@link DayCompactions}); the keys seen go to {@code monitoring_key} for the lists.
 */
@Repository
public class RollupTable {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final KnownKeys keys;

    RollupTable(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.keys = new KnownKeys(batch);
    }

    public void append(List<RollupLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        keys.record(lines);
        batch.batchUpdate("""
                insert into monitoring_rollup (counted_on, jurisdiction, lane_key, hs_section, measure, bucket, currency, cases,
                  amount) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", lines, lines.size(), RollupTable::bind);
    }

    /**
     * The rows of the days {@code from} to {@code to}, summed per day, measure, bucket and
     * currency over the jurisdictions (all when empty) and the lane and section if given.
     */
    public List<RollupLine> summed(Set<String> jurisdictions, Optional<String> lane, Optional<String> section,
            LocalDate from, LocalDate to) {
        String inJurisdictions = jurisdictions.isEmpty() ? "" : " and jurisdiction in (:jurisdictions)";
        String filters = inJurisdictions + lane.map(l -> " and lane_key = :lane").orElse("")
                + section.map(s -> " and hs_section = :section").orElse("");
        // closed days from their compacted rows (summed over lanes and sections when the report
        // filters neither), plus the rows appended and not yet compacted; one statement, so a day
        // compacted meanwhile is seen either before or after its move, never both or neither
        String compacted = lane.isEmpty() && section.isEmpty() ? "monitoring_day_total" : "monitoring_rollup_compacted";
        StringBuilder sql = new StringBuilder("""
                select counted_on, measure, bucket, currency, sum(cases), sum(amount) from (
                  select counted_on, measure, bucket, currency, cases, amount from %1$s
                  where counted_on between :from and :to%2$s
                  union all
                  select counted_on, measure, bucket, currency, cases, amount from monitoring_rollup
                  where counted_on between :from and :to%2$s
                ) t""".formatted(compacted, filters));
        sql.append(" group by counted_on, measure, bucket, currency");
        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString()).param("from", from).param("to", to);
        if (!jurisdictions.isEmpty()) {
            statement = statement.param("jurisdictions", new ArrayList<>(jurisdictions));
        }
        if (lane.isPresent()) {
            statement = statement.param("lane", lane.get());
        }
        if (section.isPresent()) {
            statement = statement.param("section", section.get());
        }
        return statement.query((rs, n) -> {
            long bucket = rs.getLong(3);
            Long b = rs.wasNull() ? null : bucket;
            String currency = rs.getString(4);
            BigDecimal amount = rs.getBigDecimal(6);
            return new RollupLine(rs.getObject(1, LocalDate.class), null, null, null, rs.getString(2), b,
                    currency == null ? null : currency.trim(), rs.getLong(5), amount);
        }).list();
    }

    /**
     * The distinct values of {@code column} (lane_key or hs_section) measured in the jurisdictions, all when empty,
     * read from the small table of keys rather than from the rollups.
     */
    public List<String> distinct(String column, Set<String> jurisdictions) {
        if (!column.equals("lane_key") && !column.equals("hs_section")) {
            throw new IllegalArgumentException(column);
        }
        String sql = "select distinct " + column + " from monitoring_key"
                + (jurisdictions.isEmpty() ? "" : " where jurisdiction in (:jurisdictions)");
        JdbcClient.StatementSpec statement = jdbc.sql(sql);
        if (!jurisdictions.isEmpty()) {
            statement = statement.param("jurisdictions", new ArrayList<>(jurisdictions));
        }
        return statement.query(String.class).list();
    }

    /** The nine columns every rollup table shares, in the order its inserts name them. */
    static void bind(java.sql.PreparedStatement ps, RollupLine l) throws java.sql.SQLException {
        ps.setObject(1, l.day());
        ps.setString(2, l.jurisdiction());
        ps.setString(3, l.lane());
        ps.setString(4, l.section());
        ps.setString(5, l.measure());
        ps.setObject(6, l.bucket(), java.sql.Types.BIGINT);
        ps.setString(7, l.currency());
        ps.setLong(8, l.cases());
        ps.setBigDecimal(9, l.amount());
    }
}
