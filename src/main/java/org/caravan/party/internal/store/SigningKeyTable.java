package org.caravan.party.internal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The public keys parties sign their filings with; a key is retired, never deleted. */
@Repository
public class SigningKeyTable {

    private final JdbcClient jdbc;

    SigningKeyTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code algs} is every JWS algorithm the key may verify, comma-separated. */
    public record Row(UUID partyId, String kid, String algs, String jwk, String thumbprint, Instant createdAt,
            Optional<Instant> retiredAt) {

        public boolean retiredBy(Instant when) {
            return retiredAt.map(r -> !r.isAfter(when)).orElse(false);
        }
    }

    /** Throws {@link org.springframework.dao.DuplicateKeyException} when the party has a key of this id. */
    public void insert(Row key) {
        jdbc.sql("insert into party_signing_key (party_id, kid, alg, jwk, thumbprint, created_at) values (?, ?, ?, ?, ?, ?)")
                .params(key.partyId(), key.kid(), key.algs(), key.jwk(), key.thumbprint(), Timestamp.from(key.createdAt()))
                .update();
    }

    public Optional<Row> find(UUID partyId, String kid) {
        return jdbc.sql("select party_id, kid, alg, jwk, thumbprint, created_at, retired_at from party_signing_key "
                + "where party_id = ? and kid = ?").params(partyId, kid).query(SigningKeyTable::row).optional();
    }

    public List<Row> ofParty(UUID partyId) {
        return jdbc.sql("select party_id, kid, alg, jwk, thumbprint, created_at, retired_at from party_signing_key "
                + "where party_id = ? order by created_at, kid").param(partyId).query(SigningKeyTable::row).list();
    }

    /** Whether a key in use was retired now; a key retired before keeps its first retirement. */
    public boolean retire(UUID partyId, String kid, Instant at) {
        return jdbc.sql("update party_signing_key set retired_at = ? where party_id = ? and kid = ? and retired_at is null")
                .params(Timestamp.from(at), partyId, kid).update() > 0;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp retired = rs.getTimestamp(7);
        return new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getTimestamp(6).toInstant(), Optional.ofNullable(retired).map(Timestamp::toInstant));
    }
}
