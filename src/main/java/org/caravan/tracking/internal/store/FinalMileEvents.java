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
