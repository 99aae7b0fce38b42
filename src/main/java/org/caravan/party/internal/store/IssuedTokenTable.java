package org.caravan.party.internal.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every access token the built-in issuer handed out, by its id (jti) and the hash of its value. */
@Repository
public class IssuedTokenTable {

    private final JdbcClient jdbc;

    IssuedTokenTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Row(String id, String jti, UUID partyId, Optional<UUID> credentialId, Instant issuedAt,
            Instant expiresAt, Optional<Instant> revokedAt) {
    }

    public void insert(String id, String jti, String tokenHash, UUID partyId, Optional<UUID> credentialId,
            Instant issuedAt, Instant expiresAt) {
        jdbc.sql("insert into issued_token (id, jti, token_hash, party_id, credential_id, issued_at, expires_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(id, jti, tokenHash, partyId, credentialId.orElse(null), Timestamp.from(issuedAt),
                        Timestamp.from(expiresAt))
                .update();
    }

    public Optional<Row> byId(String id) {
        return one("id = ?", id);
    }

    public Optional<Row> byTokenHash(String tokenHash) {
        return one("token_hash = ?", tokenHash);
    }

    /**
     * Whether the token is unrevoked and unexpired at {@code now}, and its party and credential
     * still live: a token recorded a moment after its party was suspended or its credential
     * revoked (the revocation found no row to mark yet) is refused all the same.
     */
    public boolean active(String jti, Instant now) {
        return jdbc.sql("""
                select count(*) from issued_token t
                join party p on p.id = t.party_id
                left join party_credential c on c.id = t.credential_id
                where t.jti = ? and t.revoked_at is null and t.expires_at > ? and p.suspended_at is null
                  and c.revoked_at is null""")
                .params(jti, Timestamp.from(now)).query(Long.class).single() > 0;
    }

    public List<String> revokeById(String id, Instant now) {
        return revoke("id = ?", id, now);
    }

    public List<String> revokeByCredential(UUID credentialId, Instant now) {
        return revoke("credential_id = ?", credentialId, now);
    }

    public List<String> revokeByParty(UUID partyId, Instant now) {
        return revoke("party_id = ?", partyId, now);
    }

    /** Revokes the live tokens matching and returns their ids (jti), so caches can forget them. */
    private List<String> revoke(String where, Object value, Instant now) {
        List<String> jtis = jdbc.sql("select jti from issued_token where " + where + " and revoked_at is null and expires_at > ?")
                .params(value, Timestamp.from(now)).query(String.class).list();
        jdbc.sql("update issued_token set revoked_at = ? where " + where + " and revoked_at is null")
                .params(Timestamp.from(now), value).update();
        return jtis;
    }

    /** Tokens long expired are of no more use to a revocation check. */
    public int forgetExpiredBefore(Instant cutoff) {
        return jdbc.sql("delete from issued_token where expires_at < ?").param(Timestamp.from(cutoff)).update();
    }

    private Optional<Row> one(String where, Object value) {
        return jdbc.sql("select id, jti, party_id, credential_id, issued_at, expires_at, revoked_at from issued_token where "
                + where).param(value)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getObject(3, UUID.class),
                        Optional.ofNullable(rs.getObject(4, UUID.class)), rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6).toInstant(), Optional.ofNullable(rs.getTimestamp(7)).map(Timestamp::toInstant)))
                .optional();
    }
}
