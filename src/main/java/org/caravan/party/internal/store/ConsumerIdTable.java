package org.caravan.party.internal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.caravan.common.store.ChunkedIn;
import org.caravan.party.ConsumerIdRecord;
import org.caravan.party.ConsumerIdStanding;
import org.caravan.reference.CountryCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The persons (by keyed digest only) and every consumer id issued to them. */
@Repository
public class ConsumerIdTable {

    private static final String RECORD = "select id, country, issued_at, revoked_at, revocation_reason, replaced_by, person_id "
            + "from consumer_id";

    private final JdbcClient jdbc;

    ConsumerIdTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A consumer id with the person it belongs to. */
    public record Row(ConsumerIdRecord record, UUID personId) {
    }

    /** Adds the person; the unique (country, digest) refuses a second one with a DuplicateKeyException. */
    public void insertPerson(UUID id, CountryCode country, String digest, Instant at) {
        jdbc.sql("insert into consumer_person (id, country, identity_digest, created_at) values (?, ?, ?, ?)")
                .params(id, country.value(), digest, Timestamp.from(at)).update();
    }

    public Optional<UUID> personOf(CountryCode country, String digest) {
        return jdbc.sql("select id from consumer_person where country = ? and identity_digest = ?")
                .params(country.value(), digest).query(UUID.class).optional();
    }

    public void insert(String consumerId, UUID personId, CountryCode country, UUID issuedBy, Instant at) {
        jdbc.sql("insert into consumer_id (id, person_id, country, issued_at, issued_by) values (?, ?, ?, ?, ?)")
                .params(consumerId, personId, country.value(), Timestamp.from(at), issuedBy).update();
    }

    public Optional<Row> find(String consumerId) {
        return jdbc.sql(RECORD + " where id = ?").param(consumerId).query(ConsumerIdTable::row).optional();
    }

    /** The person's latest id: the one nothing replaced. */
    public Optional<Row> current(UUID personId) {
        return jdbc.sql(RECORD + " where person_id = ? and replaced_by is null").param(personId)
                .query(ConsumerIdTable::row).optional();
    }

    /** Revokes the id unless it is revoked already; false then. */
    public boolean revoke(String consumerId, String reason, Instant at) {
        return jdbc.sql("update consumer_id set revoked_at = ?, revocation_reason = ? where id = ? and revoked_at is null")
                .params(Timestamp.from(at), reason, consumerId).update() == 1;
    }

    /**
     * Marks the id replaced by {@code successor} (revoking it if it is not yet) unless it was
     * replaced already; false then. The conditional update is what keeps one current id per
     * person when two officers reissue at once.
     */
    public boolean replace(String consumerId, String successor, String reason, Instant at) {
        return jdbc.sql("""
                update consumer_id set replaced_by = ?, revoked_at = coalesce(revoked_at, ?),
                  revocation_reason = coalesce(revocation_reason, ?)
                where id = ? and replaced_by is null""")
                .params(successor, Timestamp.from(at), reason, consumerId).update() == 1;
    }

    /** The standing of each of these ids that exists, in one query per 500 ids. */
    public List<ConsumerIdStanding> standing(Collection<String> consumerIds) {
        return ChunkedIn.query(consumerIds, chunk -> jdbc
                .sql("select id, person_id, revoked_at from consumer_id where id in (:ids)").param("ids", chunk)
                .query((rs, n) -> new ConsumerIdStanding(rs.getString(1), "person:" + rs.getObject(2, UUID.class),
                        rs.getTimestamp(3) != null))
                .list());
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp revoked = rs.getTimestamp(4);
        return new Row(new ConsumerIdRecord(rs.getString(1), CountryCode.of(rs.getString(2).trim()),
                rs.getTimestamp(3).toInstant(), Optional.ofNullable(revoked).map(Timestamp::toInstant),
                Optional.ofNullable(rs.getString(5)), Optional.ofNullable(rs.getString(6))),
                rs.getObject(7, UUID.class));
    }
}
