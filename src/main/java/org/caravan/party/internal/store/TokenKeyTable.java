package org.caravan.party.internal.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The issuer's signing keys as private JWKs, newest first. */
@Repository
public class TokenKeyTable {

    private final JdbcClient jdbc;

    TokenKeyTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Row(String kid, String jwk, Instant createdAt, Optional<Instant> retiresAt) {
    }

    /** Keys not yet retired at {@code now}, newest first: the first one signs, all are published. */
    public List<Row> unretired(Instant now) {
        return jdbc.sql("select kid, jwk, created_at, retires_at from signing_key where retires_at is null or retires_at > ? "
                + "order by created_at desc, kid desc")
                .param(Timestamp.from(now))
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        Optional.ofNullable(rs.getTimestamp(4)).map(Timestamp::toInstant)))
                .list();
    }

    public List<Row> all() {
        return jdbc.sql("select kid, '' as jwk, created_at, retires_at from signing_key order by created_at desc, kid desc")
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        Optional.ofNullable(rs.getTimestamp(4)).map(Timestamp::toInstant)))
                .list();
    }

    public void insert(String kid, String jwk, Instant now) {
        jdbc.sql("insert into signing_key (kid, jwk, created_at) values (?, ?, ?)").params(kid, jwk, Timestamp.from(now))
                .update();
    }

    /** Sets every earlier key, still signing-capable, to retire at {@code retiresAt}. */
    public void supersedeAllBut(String kid, Instant retiresAt) {
        jdbc.sql("update signing_key set retires_at = ? where kid <> ? and (retires_at is null or retires_at > ?)")
                .params(Timestamp.from(retiresAt), kid, Timestamp.from(retiresAt)).update();
    }
}
