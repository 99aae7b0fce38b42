package org.caravan.monitoring.internal.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.caravan.monitoring.internal.RollupLine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Moving a day's appended rows out of {@code monitoring_rollup} into one row per key
 * ({@code monitoring_rollup_compacted}) and one per measure over lanes and sections
 * ({@code monitoring_day_total}), and the {@code monitoring_compaction} lock rows. Statements
 * on the rollups name a jurisdiction and a day, so they run on the index the reports use.
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

    /**
     * The days up to {@code last} with appended rows in the jurisdiction, ascending. Cheap once
     * compaction runs: the appended rows are then little more than those of today and yesterday.
     */
    public List<LocalDate> daysWithRows(String jurisdiction, LocalDate last) {
        return jdbc.sql("select distinct counted_on from monitoring_rollup where jurisdiction = ? and counted_on <= ? "
                + "order by counted_on").params(jurisdiction, last).query(LocalDate.class).list();
    }

    /** Makes sure the day has its lock row; committed on its own so every instance locks the same row. */
    public void claim(LocalDate day) {
        jdbc.sql("insert into monitoring_compaction (counted_on) values (?) on conflict do nothing").param(day).update();
    }

    /** Locks the day's row until the transaction ends: an instance that waited here finds the rows moved. */
    public void lock(LocalDate day) {
        jdbc.sql("select counted_on from monitoring_compaction where counted_on = ? for update").param(day)
                .query(LocalDate.class).single();
    }

    public long rows(LocalDate day, String jurisdiction) {
        return jdbc.sql("select count(*) from monitoring_rollup where jurisdiction = ? and counted_on = ?")
                .params(jurisdiction, day).query(Long.class).single();
    }

    /** The day's appended rows of the jurisdiction summed per key. */
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

    /**
     * Deletes the day's appended rows of the jurisdiction and writes {@code sums} in their
     * place, per key and over lanes and sections; the caller's transaction makes it one step.
     */
    public void move(LocalDate day, String jurisdiction, List<RollupLine> sums) {
        jdbc.sql("delete from monitoring_rollup where jurisdiction = ? and counted_on = ?").params(jurisdiction, day)
                .update();
        batch.batchUpdate("""
                insert into monitoring_rollup_compacted (counted_on, jurisdiction, lane_key, hs_section, measure, bucket,
                  currency, cases, amount) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", sums, 1000, RollupTable::bind);
        record Key(String measure, Long bucket, String currency) {
        }
        Map<Key, RollupLine> totals = new LinkedHashMap<>();
        for (RollupLine l : sums) {
            totals.merge(new Key(l.measure(), l.bucket(), l.currency()), l, (a, b) -> new RollupLine(day, jurisdiction,
                    null, null, a.measure(), a.bucket(), a.currency(), a.cases() + b.cases(),
                    a.amount() == null ? b.amount() : b.amount() == null ? a.amount() : a.amount().add(b.amount())));
        }
        List<RollupLine> lines = List.copyOf(totals.values());
        batch.batchUpdate("""
                insert into monitoring_day_total (counted_on, jurisdiction, measure, bucket, currency, cases, amount)
                values (?, ?, ?, ?, ?, ?, ?)""", lines, 1000, (ps, l) -> {
                    ps.setObject(1, day);
                    ps.setString(2, jurisdiction);
                    ps.setString(3, l.measure());
                    ps.setObject(4, l.bucket(), java.sql.Types.BIGINT);
                    ps.setString(5, l.currency());
                    ps.setLong(6, l.cases());
                    ps.setBigDecimal(7, l.amount());
                });
    }

    public void done(LocalDate day, long rowsBefore, long rowsAfter) {
        jdbc.sql("""
                update monitoring_compaction set rows_before = rows_before + ?, rows_after = rows_after + ?,
                  compacted_at = ? where counted_on = ?""")
                .params(rowsBefore, rowsAfter, OffsetDateTime.now(ZoneOffset.UTC), day).update();
    }
}
