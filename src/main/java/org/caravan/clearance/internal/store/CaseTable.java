package org.caravan.clearance.internal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.caravan.clearance.ClearanceStatus;
import org.caravan.reference.CountryCode;
import org.caravan.reference.Money;
import org.caravan.risk.Lane;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CaseTable {

    private static final String COLUMNS = """
            id, consignment_id, tracking_number, manifest_id, courier_party_id, platform_code, jurisdiction, status, lane,
            risk_score, risk_reasons, assessment, amount_due, amount_currency, category, lane_key, filed_at, decided_at,
            arrived_at, closed_at""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    CaseTable(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public void insertAll(List<StoredCase> cases) {
        batch.batchUpdate("insert into clearance_case (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                cases, 1000, (ps, c) -> {
                    ps.setObject(1, c.id());
                    ps.setObject(2, c.consignmentId());
                    ps.setString(3, c.trackingNumber());
                    ps.setObject(4, c.manifestId());
                    ps.setObject(5, c.courierPartyId());
                    ps.setString(6, c.platformCode().orElse(null));
                    ps.setString(7, c.jurisdiction().value());
                    ps.setString(8, c.status().name());
                    ps.setString(9, c.lane().name());
                    ps.setInt(10, c.riskScore());
                    ps.setString(11, c.riskReasons());
                    ps.setString(12, c.assessment());
                    ps.setBigDecimal(13, c.amountDue().map(Money::amount).orElse(null));
                    ps.setString(14, c.amountDue().map(m -> m.currency().getCurrencyCode()).orElse(null));
                    ps.setString(15, c.category());
                    ps.setString(16, c.laneKey());
                    ps.setTimestamp(17, Timestamp.from(c.filedAt()));
                    ps.setTimestamp(18, Timestamp.from(c.decidedAt()));
                    ps.setTimestamp(19, c.arrivedAt().map(Timestamp::from).orElse(null));
                    ps.setTimestamp(20, c.closedAt().map(Timestamp::from).orElse(null));
                });
    }

    public List<StoredCase> byTrackingNumber(String trackingNumber) {
        return jdbc.sql("select " + COLUMNS + " from clearance_case where tracking_number = ? order by id")
                .param(trackingNumber).query(CaseTable::map).list();
    }

    public Optional<StoredCase> byId(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from clearance_case where id = ? for update").param(id).query(CaseTable::map)
                .optional();
    }

    public boolean exists(String trackingNumber) {
        return jdbc.sql("select count(*) from clearance_case where tracking_number = ?").param(trackingNumber)
                .query(Integer.class).single() > 0;
    }

    public void update(StoredCase c) {
        jdbc.sql("""
                update clearance_case set status = ?, assessment = ?, amount_due = ?, amount_currency = ?, arrived_at = ?,
                  closed_at = ? where id = ?""")
                .params(c.status().name(), c.assessment(), c.amountDue().map(Money::amount).orElse(null),
                        c.amountDue().map(m -> m.currency().getCurrencyCode()).orElse(null),
                        c.arrivedAt().map(Timestamp::from).orElse(null), c.closedAt().map(Timestamp::from).orElse(null), c.id())
                .update();
    }

    private static StoredCase map(ResultSet rs, int row) throws SQLException {
        String currency = rs.getString(14);
        Optional<Money> due = currency == null ? Optional.empty()
                : Optional.of(Money.of(rs.getBigDecimal(13), Currency.getInstance(currency.trim())));
        return new StoredCase(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getObject(4, UUID.class), rs.getObject(5, UUID.class), Optional.ofNullable(rs.getString(6)),
                CountryCode.of(rs.getString(7).trim()), ClearanceStatus.valueOf(rs.getString(8)), Lane.valueOf(rs.getString(9)),
                rs.getInt(10), rs.getString(11), rs.getString(12), due, rs.getString(15), rs.getString(16),
                rs.getTimestamp(17).toInstant(), rs.getTimestamp(18).toInstant(), instant(rs, 19), instant(rs, 20));
    }

    private static Optional<Instant> instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? Optional.empty() : Optional.of(t.toInstant());
    }
}
