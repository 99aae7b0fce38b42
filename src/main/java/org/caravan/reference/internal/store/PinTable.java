package org.caravan.reference.internal.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The history of regime pins per jurisdiction; the latest row is the pin in force (none when its regime is null). */
@Repository
public class PinTable {

    private final JdbcClient jdbc;

    PinTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record PinChange(String jurisdiction, Optional<String> regimeId, String pinnedBy, String reason, Instant at) {
    }

    public void append(UUID id, PinChange change) {
        jdbc.sql("""
                insert into regime_pin (id, jurisdiction, regime_id, pinned_by, reason, pinned_at)
                values (:id, :j, :r, :by, :reason, :at)""")
                .param("id", id).param("j", change.jurisdiction()).param("r", change.regimeId().orElse(null))
                .param("by", change.pinnedBy()).param("reason", change.reason())
                .param("at", OffsetDateTime.ofInstant(change.at(), ZoneOffset.UTC)).update();
    }

    /** Every change, oldest first. */
    public List<PinChange> history() {
        return jdbc.sql("select jurisdiction, regime_id, pinned_by, reason, pinned_at from regime_pin order by pinned_at, id")
                .query((rs, n) -> new PinChange(rs.getString(1).trim(), Optional.ofNullable(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getObject(5, OffsetDateTime.class).toInstant()))
                .list();
    }
}
