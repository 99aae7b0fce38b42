package org.caravan.party.internal.store;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.caravan.common.Ids;
import org.caravan.party.Party;
import org.caravan.party.Role;
import org.caravan.reference.CountryCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class PartyTable {

    private final JdbcClient jdbc;

    PartyTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Row(Party party, String secretHash) {
    }

    public Party insert(String clientId, String secretHash, String name, Role role, Optional<CountryCode> administration) {
        UUID id = Ids.next();
        jdbc.sql("insert into party (id, client_id, secret_hash, name, role, administration, created_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(id, clientId, secretHash, name, role.name(), administration.map(CountryCode::value).orElse(null),
                        java.sql.Timestamp.from(Instant.now()))
                .update();
        return new Party(id, clientId, name, role, administration);
    }

    public Optional<Row> byClientId(String clientId) {
        return jdbc.sql("select id, client_id, name, role, administration, secret_hash from party where client_id = ?")
                .param(clientId)
                .query((rs, n) -> new Row(new Party(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        Role.valueOf(rs.getString(4)), Optional.ofNullable(rs.getString(5)).map(String::trim).map(CountryCode::of)),
                        rs.getString(6)))
                .optional();
    }

    public Optional<Role> roleOf(UUID id) {
        return jdbc.sql("select role from party where id = ?").param(id)
                .query((rs, n) -> Role.valueOf(rs.getString(1))).optional();
    }
}
