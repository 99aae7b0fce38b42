package org.caravan.interchange.internal.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbound queue of each partner. Rows are only appended; a partner reads them after a
 * cursor (the last {@code seq} it saw), oldest first.
 */
@Repository
public class OutboundMessages {

    /** One message for a partner; {@code dedupKey} is unique per partner. */
    public record NewMessage(UUID partyId, String type, String subject, String dedupKey, String mediaType, String body) {
    }

    public record Stored(long seq, String type, String subject, String mediaType, String body, Instant createdAt) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    OutboundMessages(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Appends the messages not recorded before, in one batch; a redelivered event adds nothing. */
    public void appendAll(List<NewMessage> messages) {
        if (messages.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now());
        template.batchUpdate("insert into interchange_outbound (party_id, message_type, subject, dedup_key, media_type, "
                + "body, created_at) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing", messages, 1000, (ps, m) -> {
                    ps.setObject(1, m.partyId());
                    ps.setString(2, m.type());
                    ps.setString(3, m.subject());
                    ps.setString(4, m.dedupKey());
                    ps.setString(5, m.mediaType());
                    ps.setString(6, m.body());
                    ps.setTimestamp(7, now);
                });
    }

    /**
     * A page after the cursor. Rows younger than {@code settledBefore} are held back: a
     * transaction that took a lower seq may still be committing, and a cursor that passed it
     * would skip it for good.
     */
    public List<Stored> after(UUID partyId, long cursor, int limit, Instant settledBefore) {
        return jdbc.sql("select seq, message_type, subject, media_type, body, created_at from interchange_outbound "
                + "where party_id = ? and seq > ? and created_at < ? order by seq limit ?")
                .params(partyId, cursor, Timestamp.from(settledBefore), limit)
                .query((rs, n) -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant()))
                .list();
    }
}
