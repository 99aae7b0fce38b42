package org.caravan.retention;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Manifests of consignments with one case each, written straight into the live tables as the service
 * leaves them after the case's last step, dated in the past so a cutoff can take them.
 */
record ClosedParcels(JdbcClient jdbc) {

    /** A parcel whose case reached {@code status} at {@code closedAt} (null: still open); returns its tracking number. */
    String parcel(String status, Instant closedAt) {
        UUID manifest = UUID.randomUUID();
        UUID courier = UUID.randomUUID();
        Instant filed = (closedAt == null ? Instant.now() : closedAt).minusSeconds(86_400);
        jdbc.sql("""
                insert into manifest (id, courier_party_id, manifest_ref, transport_mode, departure_country,
                  arrival_country, route, consignment_count, filed_at)
                values (?, ?, ?, 'ROAD', 'CN', 'KZ', 'CN-KZ', 0, ?)""")
                .params(manifest, courier, "RET-" + manifest, Timestamp.from(filed)).update();
        return parcelIn(manifest, courier, filed, status, closedAt);
    }

    /** Another parcel on the manifest of {@code trackingNumber}, filed at the same time. */
    String besides(String trackingNumber, String status, Instant closedAt) {
        return jdbc.sql("select manifest_id, courier_party_id, filed_at from consignment where tracking_number = ?")
                .param(trackingNumber).query((rs, n) -> parcelIn(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getTimestamp(3).toInstant(), status, closedAt)).single();
    }

    private String parcelIn(UUID manifest, UUID courier, Instant filed, String status, Instant closedAt) {
        String trackingNumber = "RET" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
        UUID consignment = UUID.randomUUID();
        jdbc.sql("update manifest set consignment_count = consignment_count + 1 where id = ?").param(manifest).update();
        jdbc.sql("""
                insert into consignment (id, manifest_id, tracking_number, courier_party_id, consignee_name,
                  consignee_country, gross_mass_kg, declared_value, currency, items, match_signals, filed_at)
                values (?, ?, ?, ?, 'A. Recipient', 'KZ', 1.250, 42.5000, 'USD', '[]', '', ?)""")
                .params(consignment, manifest, trackingNumber, courier, Timestamp.from(filed)).update();
        UUID caseId = UUID.randomUUID();
        jdbc.sql("""
                insert into clearance_case (id, consignment_id, tracking_number, manifest_id, courier_party_id,
                  jurisdiction, status, lane, risk_score, risk_reasons, assessment, category, lane_key, filed_at,
                  decided_at, closed_at)
                values (?, ?, ?, ?, ?, 'KZ', ?, 'GREEN', 3, '[]', '{}', 'GOODS', 'CN-KZ', ?, ?, ?)""")
                .params(caseId, consignment, trackingNumber, manifest, courier, status, Timestamp.from(filed),
                        Timestamp.from(filed), closedAt == null ? null : Timestamp.from(closedAt)).update();
        jdbc.sql("insert into case_event (id, case_id, occurred_at, actor, action, status) values (?, ?, ?, 'system', "
                + "'DECIDED', ?)").params(UUID.randomUUID(), caseId, Timestamp.from(filed), status).update();
        jdbc.sql("insert into tracking_event (id, tracking_number, occurred_at, status, explanation, jurisdiction) "
                + "values (?, ?, ?, ?, 'Decided by customs', 'KZ')")
                .params(UUID.randomUUID(), trackingNumber, Timestamp.from(filed), status).update();
        return trackingNumber;
    }

    /** The courier's last-mile report of {@code type} for a parcel. */
    void finalMile(String trackingNumber, String type, Instant at) {
        jdbc.sql("insert into final_mile_parcel (tracking_number) values (?)").param(trackingNumber).update();
        jdbc.sql("""
                insert into final_mile_event (id, tracking_number, event_type, occurred_at, courier_party_id, recorded_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), trackingNumber, type, Timestamp.from(at), UUID.randomUUID(), Timestamp.from(at))
                .update();
    }

    /** An officer's task on the parcel's case still waiting for a result. */
    void openTask(String trackingNumber) {
        jdbc.sql("""
                insert into officer_task (id, case_id, tracking_number, jurisdiction, queue, state, reasons, created_at)
                select ?, id, tracking_number, jurisdiction, 'INSPECTION', 'OPEN', '[]', decided_at
                from clearance_case where tracking_number = ?""").params(UUID.randomUUID(), trackingNumber).update();
    }

    UUID manifestOf(String trackingNumber) {
        return jdbc.sql("select manifest_id from consignment where tracking_number = ?").param(trackingNumber)
                .query(UUID.class).single();
    }

    boolean manifestStored(UUID manifest) {
        return jdbc.sql("select count(*) from manifest where id = ?").param(manifest).query(Integer.class).single() == 1;
    }

    int rows(String table, String trackingNumber) {
        return jdbc.sql("select count(*) from " + table + " where tracking_number = ?").param(trackingNumber)
                .query(Integer.class).single();
    }

    int caseEvents(String trackingNumber) {
        return jdbc.sql("select count(*) from case_event e join clearance_case c on c.id = e.case_id "
                + "where c.tracking_number = ?").param(trackingNumber).query(Integer.class).single();
    }
}
