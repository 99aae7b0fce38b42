package org.caravan.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.caravan.support.PostgresAvailable;
import org.caravan.support.ServiceProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Crash recovery on PostgreSQL, as `./caravan serve --profile postgres` runs it, in a schema of its own. */
@ExtendWith(PostgresAvailable.class)
class CrashRecoveryPostgresTest extends CrashRecovery {

    static final String SCHEMA = "caravan_crash";
    static final String SERVER = System.getenv().getOrDefault("CARAVAN_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test")
            .replaceAll("\\?.*$", "");
    static final String USER = System.getenv().getOrDefault("CARAVAN_TEST_DB_USER", "postgres");
    static final String PASSWORD = System.getenv().getOrDefault("CARAVAN_TEST_DB_PASSWORD", "");

    @BeforeEach
    void emptySchema() throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER, USER, PASSWORD); var s = c.createStatement()) {
            s.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    @Override
    ServiceProcess start(Path log) {
        ServiceProcess service = ServiceProcess.start(dataDir, log,
                List.of("--profile", "postgres", "--spring.flyway.schemas=" + SCHEMA, "--caravan.reference.built-in-fx=true"),
                Map.of("CARAVAN_DB_URL", SERVER + "?currentSchema=" + SCHEMA + "&reWriteBatchedInserts=true",
                        "CARAVAN_DB_USER", USER, "CARAVAN_DB_PASSWORD", PASSWORD),
                api -> true);
        registerParties();
        return service;
    }

    /** The postgres profile seeds no demo parties; the operator registers them (here, straight into the table). */
    private void registerParties() {
        String hash = new BCryptPasswordEncoder().encode("demo-secret");
        try (Connection c = connect(); var insert = c.prepareStatement("""
                insert into party (id, client_id, name, role, administration, created_at)
                values (?, ?, ?, ?, null, ?) on conflict (client_id) do nothing""");
                var credential = c.prepareStatement("""
                        insert into party_credential (id, party_id, secret_hash, created_at)
                        select ?, id, ?, ? from party where client_id = ?
                        and not exists (select 1 from party_credential k where k.party_id = party.id)""")) {
            // the test support issues consumer ids as demo-admin, registered here as the operator would
            for (String[] party : List.of(new String[] {courier(), "COURIER"}, new String[] {platform(), "PLATFORM"},
                    new String[] {"demo-admin", "ADMIN"})) {
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, party[0]);
                insert.setString(3, "Crash test " + party[1].toLowerCase());
                insert.setString(4, party[1]);
                insert.setTimestamp(5, Timestamp.from(Instant.now()));
                insert.executeUpdate();
                // a party's secrets are its credentials (V33)
                credential.setObject(1, UUID.randomUUID());
                credential.setString(2, hash);
                credential.setTimestamp(3, Timestamp.from(Instant.now()));
                credential.setString(4, party[0]);
                credential.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    String courier() {
        return "crash-courier";
    }

    @Override
    String platform() {
        return "crash-platform";
    }

    @Override
    long count(String sql, Object... params) throws Exception {
        try (Connection c = connect(); var statement = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (var rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(SERVER + "?currentSchema=" + SCHEMA, USER, PASSWORD);
    }
}
