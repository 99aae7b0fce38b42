package org.caravan.clearance.internal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.caravan.clearance.ClearanceStatus;
import org.caravan.clearance.PreArrivalDecisions;
import org.caravan.clearance.internal.model.CaseFiling;
import org.caravan.clearance.internal.model.ClearanceCase;
import org.caravan.clearance.internal.model.ClearanceCases;
import org.caravan.reference.CountryCode;
import org.caravan.reference.Jurisdictions;
import org.caravan.reference.Money;
import org.caravan.risk.Lane;
import org.caravan.risk.Selection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Clearance cases in the {@code clearance_case} table: a row per case, the assessment and
 * risk reasons as versioned JSON documents, new cases inserted in JDBC batches.
 */
@Repository
class CaseTable implements ClearanceCases, PreArrivalDecisions {

    private static final String COLUMNS = """
            id, consignment_id, tracking_number, manifest_id, courier_party_id, platform_code, jurisdiction, status, lane,
            risk_score, risk_reasons, assessment, amount_due, amount_currency, category, lane_key, filed_at, decided_at,
            arrived_at, closed_at, selection, hs_section""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final AssessmentDocument document;

    CaseTable(JdbcClient jdbc, JdbcTemplate batch, Jurisdictions jurisdictions) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.document = new AssessmentDocument(AssessmentDocument.catalogue(jurisdictions));
    }

    @Override
    public void addAll(List<ClearanceCase> cases) {
        // a case is inserted when it is decided, so its status now is the status it was decided with
        batch.batchUpdate("insert into clearance_case (" + COLUMNS + ", decided_status) values (?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                cases, 1000, (ps, c) -> {
                    CaseFiling f = c.filing();
                    ps.setObject(1, c.id());
                    ps.setObject(2, f.consignmentId());
                    ps.setString(3, f.trackingNumber());
                    ps.setObject(4, f.manifestId());
                    ps.setObject(5, f.courierPartyId());
                    ps.setString(6, f.platformCode().orElse(null));
                    ps.setString(7, f.jurisdiction().value());
                    ps.setString(8, c.status().name());
                    ps.setString(9, c.lane().name());
                    ps.setInt(10, c.riskScore());
                    ps.setString(11, AssessmentDocument.writeReasons(c.riskReasons()));
                    ps.setString(12, document.write(c.assessment()));
                    ps.setBigDecimal(13, c.amountDue().map(Money::amount).orElse(null));
                    ps.setString(14, c.amountDue().map(m -> m.currency().getCurrencyCode()).orElse(null));
                    ps.setString(15, f.category());
                    ps.setString(16, f.laneKey());
                    ps.setTimestamp(17, Timestamp.from(f.filedAt()));
                    ps.setTimestamp(18, Timestamp.from(c.decidedAt()));
                    ps.setTimestamp(19, c.arrivedAt().map(Timestamp::from).orElse(null));
                    ps.setTimestamp(20, c.closedAt().map(Timestamp::from).orElse(null));
                    ps.setString(21, c.selection().name());
                    ps.setString(22, f.hsSection());
                    ps.setString(23, c.status().name());
                });
    }

    @Override
    public List<PreArrivalDecisions.Decided> of(String trackingNumber) {
        return jdbc.sql("""
                select jurisdiction, filed_at, decided_at, decided_status from clearance_case
                where tracking_number = ? and decided_status is not null order by id""")
                .param(trackingNumber)
                .query((rs, n) -> new PreArrivalDecisions.Decided(rs.getString(1).trim(), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3).toInstant(), ClearanceStatus.valueOf(rs.getString(4))))
                .list();
    }

    @Override
    public List<ClearanceCase> ofTrackingNumber(String trackingNumber) {
        return jdbc.sql("select " + COLUMNS + " from clearance_case where tracking_number = ? order by id")
                .param(trackingNumber).query(this::map).list();
    }

    @Override
    public Optional<ClearanceCase> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from clearance_case where id = ? for update").param(id).query(this::map)
                .optional();
    }

    @Override
    public boolean anyFor(String trackingNumber) {
        return jdbc.sql("select count(*) from clearance_case where tracking_number = ?").param(trackingNumber)
                .query(Integer.class).single() > 0;
    }

    @Override
    public java.util.Set<String> decidedAmong(java.util.Collection<String> trackingNumbers) {
        return new java.util.HashSet<>(org.caravan.common.store.ChunkedIn.query(trackingNumbers, chunk -> jdbc
                .sql("select tracking_number, jurisdiction from clearance_case where tracking_number in (:numbers)")
                .param("numbers", chunk).query((rs, n) -> rs.getString(1) + "/" + rs.getString(2).trim()).list()));
    }

    @Override
    public void save(ClearanceCase c) {
        jdbc.sql("""
                update clearance_case set status = ?, assessment = ?, amount_due = ?, amount_currency = ?, arrived_at = ?,
                  closed_at = ? where id = ?""")
                .params(c.status().name(), document.write(c.assessment()),
                        c.amountDue().map(Money::amount).orElse(null),
                        c.amountDue().map(m -> m.currency().getCurrencyCode()).orElse(null),
                        c.arrivedAt().map(Timestamp::from).orElse(null), c.closedAt().map(Timestamp::from).orElse(null), c.id())
                .update();
    }

    private ClearanceCase map(ResultSet rs, int row) throws SQLException {
        CaseFiling filing = new CaseFiling(rs.getObject(2, UUID.class), rs.getString(3), rs.getObject(4, UUID.class),
                rs.getObject(5, UUID.class), Optional.ofNullable(rs.getString(6)), CountryCode.of(rs.getString(7).trim()),
                rs.getString(15), rs.getString(16), rs.getTimestamp(17).toInstant(), rs.getString(22));
        return new ClearanceCase(rs.getObject(1, UUID.class), filing, ClearanceStatus.valueOf(rs.getString(8)),
                Lane.valueOf(rs.getString(9)), rs.getInt(10), AssessmentDocument.readReasons(rs.getString(11)),
                Optional.ofNullable(rs.getString(21)).map(Selection::valueOf).orElse(Selection.NONE),
                document.read(rs.getString(12)), rs.getTimestamp(18).toInstant(), instant(rs, 19), instant(rs, 20));
    }

    private static Optional<Instant> instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? Optional.empty() : Optional.of(t.toInstant());
    }
}
