package org.caravan.interchange.internal.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The manifests that came in through an interchange, whose decisions go back as messages. */
@Repository
public class InterchangeManifests {

    private final JdbcClient jdbc;

    InterchangeManifests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(UUID manifestId, UUID partyId, String channel) {
        jdbc.sql("insert into interchange_manifest (manifest_id, party_id, channel, filed_at) values (?, ?, ?, ?) "
                + "on conflict do nothing").params(manifestId, partyId, channel, Timestamp.from(Instant.now())).update();
    }

    /** A manifest that came in through an interchange: the courier that filed it, and how. */
    public record Entry(UUID manifestId, UUID partyId, String channel) {

        public boolean wco() {
            return "WCO".equals(channel);
        }
    }

    public Optional<Entry> find(UUID manifestId) {
        return jdbc.sql("select manifest_id, party_id, channel from interchange_manifest where manifest_id = ?")
                .param(manifestId).query((rs, n) -> new Entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3))).optional();
    }
}
