package org.caravan.monitoring.internal.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.caravan.monitoring.internal.RollupLine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Summing a day of {@code monitoring_rollup} into one row per key, and the
 * {@code monitoring_compaction} rows that say which days are done. Every statement on the
 * rollups names a jurisdiction and a day, so it runs on the index the reports use.
 */
@Repository
public class DayCompactions {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    DayCompactions(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public List<String> jurisdictions() {
        return jdbc.sql("select distinct jurisdiction from monitoring_key order by jurisdiction").query(String.class).list();
    }

    /** The first day with rollups, found on the index per jurisdiction. */
    public Optional<LocalDate> firstDay(List<String> jurisdictions) {
        return jurisdictions.stream()
                .map(j -> jdbc.sql("select min(counted_on) from monitoring_rollup where jurisdiction = ?").param(j)
                        .query(LocalDate.class).optional())
                .flatMap(Optional::stream).min(LocalDate::compareTo);
    }

    /** The days from {@code from} on already compacted. */
    public Set<LocalDate> compactedSince(LocalDate from) {
        return new HashSet<>(jdbc.sql("select counted_on from monitoring_compaction where counted_on >= ? "
                + "and compacted_at is not null").param(from).query(LocalDate.class).list());
    }

    /** Makes sure the day has its lock row; committed on its own so every instance locks the same row. */
    public void claim(LocalDate day) {
        jdbc.sql("insert into monitoring_compaction (counted_on) values (?) on conflict do nothing").param(day).update();
    }

    /**
     * Locks the day's row until the transaction ends; true if the day is still to compact. An
     * instance that waited here sees the compaction of the one before it and stops.
     */
    public boolean lockIfNotCompacted(LocalDate day) {
        return jdbc.sql("select compacted_at from monitoring_compaction where counted_on = ? for update").param(day)
                .query((rs, n) -> rs.getObject(1) == null).single();
    }

    public long rows(LocalDate day, String jurisdiction) {
        return jdbc.sql("select count(*) from monitoring_rollup where jurisdiction = ? and counted_on = ?")
                .params(jurisdiction, day).query(Long.class).single();
    }

    /** The day's rows of the jurisdiction summed per key. */
    public List<RollupLine> summed(LocalDate day, String jurisdiction) {
        return jdbc.sql("""
                select lane_key, hs_section, measure, bucket, currency, sum(cases), sum(amount) from monitoring_rollup
                where jurisdiction = ? and counted_on = ?
                group by lane_key, hs_section, measure, bucket, currency""").params(jurisdiction, day)
                .query((rs, n) -> {
                    long bucket = rs.getLong(4);
                    Long b = rs.wasNull() ? null : bucket;
                    String currency = rs.getString(5);
                    BigDecimal amount = rs.getBigDecimal(7);
                    return new RollupLine(day, jurisdiction, rs.getString(1), rs.getString(2), rs.getString(3), b,
                            currency == null ? null : currency.trim(), rs.getLong(6), amount);
                }).list();
    }

    /** Replaces the day's rows of the jurisdiction by {@code sums}; the caller's transaction makes it one step. */
    public void replace(LocalDate day, String jurisdiction, List<RollupLine> sums) {
        jdbc.sql("delete from monitoring_rollup where jurisdiction = ? and counted_on = ?").params(jurisdiction, day)
                .update();
        batch.batchUpdate("""
                insert into monitoring_rollup (counted_on, jurisdiction, lane_key, hs_section, measure, bucket, currency, cases,
                  amount) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", sums, 1000, (ps, l) -> {
                    ps.setObject(1, l.day());
                    ps.setString(2, l.jurisdiction());
                    ps.setString(3, l.lane());
                    ps.setString(4, l.section());
                    ps.setString(5, l.measure());
                    ps.setObject(6, l.bucket(), java.sql.Types.BIGINT);
                    ps.setString(7, l.currency());
                    ps.setLong(8, l.cases());
                    ps.setBigDecimal(9, l.amount());
                });
    }

    public void done(LocalDate day, long rowsBefore, long rowsAfter) {
        jdbc.sql("update monitoring_compaction set rows_before = ?, rows_after = ?, compacted_at = ? where counted_on = ?")
                .params(rowsBefore, rowsAfter, OffsetDateTime.now(ZoneOffset.UTC), day).update();
    }
}
