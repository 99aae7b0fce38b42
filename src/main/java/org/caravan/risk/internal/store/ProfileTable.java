package org.caravan.risk.internal.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.caravan.risk.ProfileFormat;
import org.caravan.risk.ProfileVersion;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The versions of the risk profiles loaded, each with who loaded it and why. */
@Repository
public class ProfileTable {

    private static final String COLUMNS = "jurisdiction, version, profile_id, format, document, loaded_at, loaded_by, reason, status";

    private final JdbcClient jdbc;

    ProfileTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the jurisdiction's next version as the active one and supersedes the one before. */
    public ProfileVersion append(String jurisdiction, String profileId, ProfileFormat format, String document,
            String loadedBy, String reason, Instant at) {
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from risk_profile_version where jurisdiction = :j")
                .param("j", jurisdiction).query(Integer.class).single();
        jdbc.sql("update risk_profile_version set status = 'SUPERSEDED' where jurisdiction = :j and status = 'ACTIVE'")
                .param("j", jurisdiction).update();
        try {
            jdbc.sql("insert into risk_profile_version (" + COLUMNS + ") values (:j, :v, :id, :f, :d, :at, :by, :reason, 'ACTIVE')")
                    .param("j", jurisdiction).param("v", version).param("id", profileId).param("f", format.name())
                    .param("d", document).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).param("by", loadedBy)
                    .param("reason", reason).update();
        } catch (DuplicateKeyException e) {
            // two loads for one jurisdiction at once drew the same number: the later one rolls back and may be retried
            throw new ConcurrencyFailureException("another version of " + jurisdiction + " was stored at the same moment", e);
        }
        return new ProfileVersion(jurisdiction, version, profileId, format, document, at, loadedBy, reason,
                ProfileVersion.Status.ACTIVE);
    }

    /** The jurisdiction's versions, newest first. */
    public List<ProfileVersion> history(String jurisdiction) {
        return jdbc.sql("select " + COLUMNS + " from risk_profile_version where jurisdiction = :j order by version desc")
                .param("j", jurisdiction).query((rs, n) -> row(rs)).list();
    }

    /** Every version of every jurisdiction, newest first within each. */
    public List<ProfileVersion> all() {
        return jdbc.sql("select " + COLUMNS + " from risk_profile_version order by jurisdiction, version desc")
                .query((rs, n) -> row(rs)).list();
    }

    /** What an instance polls: it changes whenever any version is loaded, and costs one index read. */
    public long latestId() {
        return jdbc.sql("select coalesce(max(id), 0) from risk_profile_version").query(Long.class).single();
    }

    private static ProfileVersion row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ProfileVersion(rs.getString(1), rs.getInt(2), rs.getString(3), ProfileFormat.valueOf(rs.getString(4)),
                rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getString(7), rs.getString(8),
                ProfileVersion.Status.valueOf(rs.getString(9)));
    }
}
