package org.caravan.retention;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Consignments with one case each, written straight into the live tables as the service
 * leaves them after the case's last step, dated in the past so a cutoff can take them.
 */
record ClosedParcels(JdbcClient jdbc) {

    /** A parcel whose case reached {@code status} at {@code closedAt} (null: still open); returns its tracking number. */
    String parcel(String status, Instant closedAt) {
        String trackingNumber = "RET" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
        UUID consignment = UUID.randomUUID();
        UUID manifest = UUID.randomUUID();
        UUID courier = UUID.randomUUID();
        Instant filed = (closedAt == null ? Instant.now() : closedAt).minusSeconds(86_400);
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

    int rows(String table, String trackingNumber) {
        return jdbc.sql("select count(*) from " + table + " where tracking_number = ?").param(trackingNumber)
                .query(Integer.class).single();
    }

    int caseEvents(String trackingNumber) {
        return jdbc.sql("select count(*) from case_event e join clearance_case c on c.id = e.case_id "
                + "where c.tracking_number = ?").param(trackingNumber).query(Integer.class).single();
    }
}
