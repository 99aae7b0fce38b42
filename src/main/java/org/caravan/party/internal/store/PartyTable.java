package org.caravan.party.internal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
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

    private static final String COLUMNS = "id, client_id, name, role, administration, created_at, suspended_at";

    private final JdbcClient jdbc;

    PartyTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A party as stored, with when it was registered and, if so, suspended. */
    public record Row(Party party, Instant createdAt, Optional<Instant> suspendedAt) {

        public boolean suspended() {
            return suspendedAt.isPresent();
        }
    }

    public Party insert(String clientId, String name, Role role, Optional<CountryCode> administration, Instant now) {
        UUID id = Ids.next();
        jdbc.sql("insert into party (id, client_id, name, role, administration, created_at) values (?, ?, ?, ?, ?, ?)")
                .params(id, clientId, name, role.name(), administration.map(CountryCode::value).orElse(null),
                        Timestamp.from(now))
                .update();
        return new Party(id, clientId, name, role, administration);
    }

    public Optional<Row> byClientId(String clientId) {
        return jdbc.sql("select " + COLUMNS + " from party where client_id = ?").param(clientId)
                .query(PartyTable::row).optional();
    }

    public Optional<Row> byId(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from party where id = ?").param(id).query(PartyTable::row).optional();
    }

    /** A page in client id order, after {@code afterClientId} when given. */
    public List<Row> page(Optional<String> afterClientId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from party where client_id > ? order by client_id limit ?")
                .params(afterClientId.orElse(""), limit).query(PartyTable::row).list();
    }

    /** Marks the party suspended; false if it already was or does not exist. */
    public boolean suspend(UUID id, Instant now) {
        return jdbc.sql("update party set suspended_at = ? where id = ? and suspended_at is null")
                .params(Timestamp.from(now), id).update() == 1;
    }

    public Optional<Role> roleOf(UUID id) {
        return jdbc.sql("select role from party where id = ?").param(id)
                .query((rs, n) -> Role.valueOf(rs.getString(1))).optional();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Party party = new Party(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), Role.valueOf(rs.getString(4)),
                Optional.ofNullable(rs.getString(5)).map(String::trim).map(CountryCode::of));
        return new Row(party, rs.getTimestamp(6).toInstant(),
                Optional.ofNullable(rs.getTimestamp(7)).map(Timestamp::toInstant));
    }
}
