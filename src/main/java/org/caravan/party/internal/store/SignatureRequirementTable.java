package org.caravan.party.internal.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.caravan.common.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The signature requirements in force, one per party and country, and every change made
 * to them with who made it and why.
 */
@Repository
public class SignatureRequirementTable {

    public static final String REQUIRED = "REQUIRED";
    public static final String LIFTED = "LIFTED";

    private final JdbcClient jdbc;

    SignatureRequirementTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Requirement(UUID partyId, String country, String reason, String requiredBy, Instant requiredAt) {
    }

    public record Change(String action, String reason, String changedBy, Instant changedAt) {
    }

    /** Puts the requirement in force (replacing its reason when it was already) and records the change. */
    public void require(UUID partyId, String country, String reason, String by, Instant at) {
        jdbc.sql("delete from signature_requirement where party_id = ? and country = ?").params(partyId, country).update();
        jdbc.sql("insert into signature_requirement (party_id, country, reason, required_by, required_at) values (?, ?, ?, ?, ?)")
                .params(partyId, country, reason, by, Timestamp.from(at)).update();
        record(partyId, country, REQUIRED, reason, by, at);
    }

    /** Lifts the requirement; whether one was in force. Only a lifting that happened is recorded. */
    public boolean lift(UUID partyId, String country, String reason, String by, Instant at) {
        boolean lifted = jdbc.sql("delete from signature_requirement where party_id = ? and country = ?")
                .params(partyId, country).update() > 0;
        if (lifted) {
            record(partyId, country, LIFTED, reason, by, at);
        }
        return lifted;
    }

    public Optional<Requirement> find(UUID partyId, String country) {
        return jdbc.sql("select party_id, country, reason, required_by, required_at from signature_requirement "
                + "where party_id = ? and country = ?").params(partyId, country)
                .query((rs, n) -> new Requirement(rs.getObject(1, UUID.class), rs.getString(2).trim(), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant()))
                .optional();
    }

    public List<Requirement> ofParty(UUID partyId) {
        return jdbc.sql("select party_id, country, reason, required_by, required_at from signature_requirement "
                + "where party_id = ? order by country").param(partyId)
                .query((rs, n) -> new Requirement(rs.getObject(1, UUID.class), rs.getString(2).trim(), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant()))
                .list();
    }

    /** The countries requiring the party's filings to be signed: the one query a filing costs. */
    public Set<String> countriesOf(UUID partyId) {
        return jdbc.sql("select country from signature_requirement where party_id = ?").param(partyId)
                .query((rs, n) -> rs.getString(1).trim()).list().stream().collect(Collectors.toUnmodifiableSet());
    }

    public List<Change> changes(UUID partyId, String country) {
        return jdbc.sql("select action, reason, changed_by, changed_at from signature_requirement_change "
                + "where party_id = ? and country = ? order by changed_at, id").params(partyId, country)
                .query((rs, n) -> new Change(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    private void record(UUID partyId, String country, String action, String reason, String by, Instant at) {
        jdbc.sql("insert into signature_requirement_change (id, party_id, country, action, reason, changed_by, changed_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)").params(Ids.next(), partyId, country, action, reason, by, Timestamp.from(at))
                .update();
    }
}
