package org.caravan.risk.internal.signals.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.caravan.risk.internal.signals.PriceStatistics;
import org.caravan.risk.internal.signals.PriceStatistics.Measure;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The unit price statistics risk learned from filings, replaced as a whole by each learning. */
@Repository
public class PriceTable {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    PriceTable(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    @Transactional
    public void replaceWith(List<PriceStatistics> all, Instant learnedAt) {
        jdbc.sql("delete from risk_unit_price").update();
        OffsetDateTime at = OffsetDateTime.ofInstant(learnedAt, ZoneOffset.UTC);
        batch.batchUpdate("""
                insert into risk_unit_price (measure, hs_code, origin, observations, median_log, mad_log, low_log,
                    high_log, learned_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                all.stream().map(s -> new Object[] {s.measure().name(), s.hsCode(), s.origin(), s.observations(),
                        s.medianLog(), s.madLog(), s.lowLog(), s.highLog(), at}).toList());
    }

    public List<PriceStatistics> all() {
        return jdbc.sql("select measure, hs_code, origin, observations, median_log, mad_log, low_log, high_log "
                + "from risk_unit_price")
                .query((rs, n) -> new PriceStatistics(Measure.valueOf(rs.getString(1).trim()), rs.getString(2).trim(),
                        rs.getString(3).trim(), rs.getInt(4), rs.getDouble(5), rs.getDouble(6), rs.getDouble(7),
                        rs.getDouble(8)))
                .list();
    }
}
