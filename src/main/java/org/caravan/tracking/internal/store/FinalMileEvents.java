package org.caravan.tracking.internal.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.caravan.common.Ids;
import org.caravan.tracking.FinalMileEventType;
import org.caravan.tracking.internal.model.FinalMile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The couriers' final-mile reports, one row each; a repeated report is kept out by the table's key. */
@Repository
public class FinalMileEvents {

    private final JdbcClient jdbc;

    FinalMileEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the parcel's last mile until the transaction ends, so concurrent reports for one
     * parcel are checked one after the other. The row is made on the first report: locking
     * only rows that exist would let two first reports pass together.
     */
    public void lock(String trackingNumber) {
        jdbc.sql("insert into final_mile_parcel (tracking_number) values (?) on conflict do nothing").param(trackingNumber)
                .update();
        jdbc.sql("select tracking_number from final_mile_parcel where tracking_number = ? for update").param(trackingNumber)
                .query(String.class).single();
    }

    public List<FinalMile.Report> of(String trackingNumber) {
        return jdbc.sql("select event_type, occurred_at from final_mile_event where tracking_number = ?")
                .param(trackingNumber)
                .query((rs, n) -> new FinalMile.Report(FinalMileEventType.valueOf(rs.getString(1).trim()),
                        rs.getTimestamp(2).toInstant()))
                .list();
    }

    /** False when the same report was recorded meanwhile by a concurrent request. */
    public boolean add(String trackingNumber, FinalMile.Report report, String location, UUID courierPartyId,
            Instant recordedAt) {
        // on conflict rather than catching the key violation: on PostgreSQL a failed statement
        // spoils the whole transaction
        return jdbc.sql("""
                insert into final_mile_event (id, tracking_number, event_type, occurred_at, location, courier_party_id,
                  recorded_at) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(Ids.next(), trackingNumber, report.type().name(), Timestamp.from(report.occurredAt()),
                        location, courierPartyId, Timestamp.from(recordedAt))
                .update() == 1;
    }
}
