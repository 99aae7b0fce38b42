package org.caravan.exchange.internal.corridor.store;

import org.caravan.exchange.internal.corridor.CorridorMessage;
import org.caravan.exchange.internal.corridor.OnCorridor;
import org.caravan.exchange.internal.corridor.Passage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.caravan.common.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The corridor's tables: passages, transit events, messages taken in, and messages refused. */
@Repository
@OnCorridor
public class Passages {

    private static final TypeReference<List<CorridorMessage.AdministrationResult>> RESULTS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public Passages(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Records the passage, or leaves the one recorded before as it is. */
    public void add(Passage p) {
        if (find(p.trackingNumber()).isPresent()) {
            return;
        }
        jdbc.sql("""
                insert into corridor_passage (tracking_number, role, route, previous_administration, next_administration,
                  status, shared_filing, results, courier_client_id, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(p.trackingNumber(), p.role().name(), String.join(",", p.route()), p.previous(), p.next(),
                        p.status(), p.filing() == null ? null : json.writeValueAsString(p.filing()),
                        json.writeValueAsString(p.results()), p.courier(), Timestamp.from(p.createdAt()),
                        Timestamp.from(p.createdAt()))
                .update();
    }

    public Optional<Passage> find(String trackingNumber) {
        return jdbc.sql("select tracking_number, role, route, previous_administration, next_administration, status,"
                + " shared_filing, results, courier_client_id, created_at from corridor_passage where tracking_number = ?")
                .param(trackingNumber).query(this::map).optional();
    }

    public void status(String trackingNumber, String status, Instant at) {
        jdbc.sql("update corridor_passage set status = ?, updated_at = ? where tracking_number = ?")
                .params(status, Timestamp.from(at), trackingNumber).update();
    }

    /** Records a transit event once; false when it was recorded before. */
    public boolean addEvent(String trackingNumber, CorridorMessage.TransitEvent e, Instant recordedAt) {
        boolean known = jdbc.sql("select count(*) from corridor_transit_event where tracking_number = ? and administration = ?"
                + " and event = ?").params(trackingNumber, e.administration(), e.event()).query(Integer.class).single() > 0;
        if (known) {
            return false;
        }
        jdbc.sql("insert into corridor_transit_event (id, tracking_number, administration, event, occurred_at, location,"
                + " recorded_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(Ids.next(), trackingNumber, e.administration(), e.event(), Timestamp.from(e.occurredAt()),
                        e.location(), Timestamp.from(recordedAt))
                .update();
        return true;
    }

    public List<CorridorMessage.TransitEvent> events(String trackingNumber) {
        return jdbc.sql("select administration, event, occurred_at, location from corridor_transit_event"
                + " where tracking_number = ? order by occurred_at, recorded_at").param(trackingNumber)
                .query((rs, n) -> new CorridorMessage.TransitEvent(rs.getString(1).trim(), rs.getString(2),
                        rs.getTimestamp(3).toInstant(), rs.getString(4)))
                .list();
    }

    /** Notes a partner's message as taken in; false when it was taken in before (delivered again). */
    public boolean takeIn(CorridorMessage m, Instant at) {
        boolean known = jdbc.sql("select count(*) from corridor_inbound where message_id = ?").param(m.messageId())
                .query(Integer.class).single() > 0;
        if (known) {
            return false;
        }
        jdbc.sql("insert into corridor_inbound (message_id, sender, kind, tracking_number, received_at) values (?, ?, ?, ?, ?)")
                .params(m.messageId(), m.from(), m.kind().name(), m.trackingNumber(), Timestamp.from(at)).update();
        return true;
    }

    public record Refusal(UUID id, Instant receivedAt, String topic, int partition, long offset, String claimedSender,
            String reason) {
    }

    public void refuse(Refusal r) {
        jdbc.sql("insert into corridor_refusal (id, received_at, topic, kafka_partition, kafka_offset, claimed_sender, reason)"
                + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(r.id(), Timestamp.from(r.receivedAt()), r.topic(), r.partition(), r.offset(), r.claimedSender(),
                        r.reason().length() > 500 ? r.reason().substring(0, 500) : r.reason())
                .update();
    }

    public List<Refusal> refusals(int limit) {
        return jdbc.sql("select id, received_at, topic, kafka_partition, kafka_offset, claimed_sender, reason"
                + " from corridor_refusal order by received_at desc limit ?").param(limit)
                .query((rs, n) -> new Refusal(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getInt(4), rs.getLong(5), rs.getString(6), rs.getString(7)))
                .list();
    }

    private Passage map(ResultSet rs, int row) throws SQLException {
        String filing = rs.getString(7);
        return new Passage(rs.getString(1), Passage.Role.valueOf(rs.getString(2)), Arrays.asList(rs.getString(3).split(",")),
                trim(rs.getString(4)), trim(rs.getString(5)), rs.getString(6),
                filing == null ? null : json.readValue(filing, CorridorMessage.SharedFiling.class),
                json.readValue(rs.getString(8), RESULTS), rs.getString(9), rs.getTimestamp(10).toInstant());
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }
}
