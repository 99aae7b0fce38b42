package org.caravan.interchange.internal.store;

import java.sql.Timestamp;
import java.time.Instant;
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

    public boolean contains(UUID manifestId) {
        return jdbc.sql("select count(*) from interchange_manifest where manifest_id = ?").param(manifestId)
                .query(Integer.class).single() > 0;
    }
}
