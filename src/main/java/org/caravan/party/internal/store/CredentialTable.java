package org.caravan.party.internal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.caravan.common.Ids;
import org.caravan.party.Credential;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The client secrets of parties, as bcrypt hashes; several may be live at once while a secret is rolled. */
@Repository
public class CredentialTable {

    private final JdbcClient jdbc;

    CredentialTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A live credential's hash, to check a presented secret against. */
    public record Live(UUID id, String secretHash) {
    }

    public Credential insert(UUID partyId, String secretHash, Instant now) {
        UUID id = Ids.next();
        jdbc.sql("insert into party_credential (id, party_id, secret_hash, created_at) values (?, ?, ?, ?)")
                .params(id, partyId, secretHash, Timestamp.from(now)).update();
        return new Credential(id, partyId, now, Optional.empty());
    }

    public List<Live> live(UUID partyId) {
        return jdbc.sql("select id, secret_hash from party_credential where party_id = ? and revoked_at is null order by created_at")
                .param(partyId).query((rs, n) -> new Live(rs.getObject(1, UUID.class), rs.getString(2))).list();
    }

    public List<Credential> of(UUID partyId) {
        return jdbc.sql("select id, party_id, created_at, revoked_at from party_credential where party_id = ? order by created_at, id")
                .param(partyId).query(CredentialTable::credential).list();
    }

    public Optional<Credential> byId(UUID partyId, UUID id) {
        return jdbc.sql("select id, party_id, created_at, revoked_at from party_credential where party_id = ? and id = ?")
                .params(partyId, id).query(CredentialTable::credential).optional();
    }

    /** Revokes the credential; false if it already was. */
    public boolean revoke(UUID partyId, UUID id, Instant now) {
        return jdbc.sql("update party_credential set revoked_at = ? where party_id = ? and id = ? and revoked_at is null")
                .params(Timestamp.from(now), partyId, id).update() == 1;
    }

    private static Credential credential(ResultSet rs, int n) throws SQLException {
        return new Credential(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getTimestamp(3).toInstant(),
                Optional.ofNullable(rs.getTimestamp(4)).map(Timestamp::toInstant));
    }
}
