package org.caravan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.UUID;

import org.caravan.support.CommandLineRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./caravan store partitions} and {@code store archive} on an embedded store, as an
 * operator runs them, and their bad input.
 */
class StoreCommandsTest {

    @Test
    void partitionsOnTheEmbeddedStoreSaysThereIsNothingToCreate(@TempDir Path dir) {
        CommandLineRun run = CommandLineRun.run("store", "partitions", "--months-ahead", "2", "--data-dir",
                dir.resolve("data").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("The embedded store is not partitioned: nothing to create." + System.lineSeparator());
    }

    @Test
    void aNegativeMonthsAheadIsRefusedNamingTheOption(@TempDir Path dir) {
        CommandLineRun run = CommandLineRun.run("store", "partitions", "--months-ahead", "-1", "--data-dir",
                dir.resolve("data").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--months-ahead must be 0 to 120");
    }

    @Test
    void archiveTakesAParcelSeizedBeforeTheDateAfterADryRunThatChangesNothingAndTheChainStillVerifies(
            @TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        assertThat(CommandLineRun.run("store", "partitions", "--data-dir", data.toString()).exit()).isZero();
        String password = Files.readString(data.resolve("keys/store-password")).strip();
        String url = "jdbc:h2:file:" + data.toAbsolutePath() + "/caravan;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        UUID consignment = UUID.randomUUID();
        UUID manifest = UUID.randomUUID();
        try (var c = DriverManager.getConnection(url, "caravan", password); var s = c.createStatement()) {
            s.executeUpdate("insert into manifest (id, courier_party_id, manifest_ref, transport_mode, departure_country, "
                    + "arrival_country, route, consignment_count, filed_at) values ('" + manifest + "', random_uuid(), "
                    + "'CLI-M-1', 'ROAD', 'CN', 'KZ', 'CN-KZ', 1, timestamp with time zone '2019-02-01 10:00:00+00')");
            s.executeUpdate("insert into consignment (id, manifest_id, tracking_number, courier_party_id, consignee_name, "
                    + "consignee_country, gross_mass_kg, declared_value, currency, items, match_signals, filed_at) values ('"
                    + consignment + "', '" + manifest + "', 'CLI-SEIZED-1', random_uuid(), 'A. Recipient', 'KZ', 1, 10, 'USD', "
                    + "'[]', '', timestamp with time zone '2019-02-01 10:00:00+00')");
            s.executeUpdate("insert into clearance_case (id, consignment_id, tracking_number, manifest_id, courier_party_id, "
                    + "jurisdiction, status, lane, risk_score, risk_reasons, assessment, category, lane_key, filed_at, "
                    + "decided_at, closed_at) values (random_uuid(), '" + consignment + "', 'CLI-SEIZED-1', '" + manifest + "', "
                    + "random_uuid(), 'KZ', 'SEIZED', 'RED', 90, '[]', '{}', 'GOODS', 'CN-KZ', "
                    + "timestamp with time zone '2019-02-01 10:00:00+00', timestamp with time zone '2019-02-01 10:00:00+00', "
                    + "timestamp with time zone '2019-02-03 10:00:00+00')");
        }
        Path archive = dir.resolve("2019.jsonl.gz");

        CommandLineRun dry = CommandLineRun.run("store", "archive", "--closed-before", "2020-01-01", "--to",
                archive.toString(), "--dry-run", "--data-dir", data.toString());
        assertThat(dry.exit()).as(dry.err()).isZero();
        assertThat(dry.out()).startsWith("Would archive 1 consignment(s), 3 rows").contains("clearance_case: 1");
        assertThat(archive).doesNotExist();

        CommandLineRun run = CommandLineRun.run("store", "archive", "--closed-before", "2020-01-01", "--to",
                archive.toString(), "--data-dir", data.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Archived 1 consignment(s), 3 rows to " + archive + " (SHA-256 ");
        assertThat(archive).exists();
        try (var c = DriverManager.getConnection(url, "caravan", password); var s = c.createStatement();
                var rs = s.executeQuery("select count(*) from consignment where tracking_number = 'CLI-SEIZED-1'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }

        CommandLineRun again = CommandLineRun.run("store", "archive", "--closed-before", "2020-01-01", "--to",
                dir.resolve("again.jsonl.gz").toString(), "--data-dir", data.toString());
        assertThat(again.out()).isEqualTo("Nothing closed before 2020-01-01 to archive." + System.lineSeparator());
        CommandLineRun verify = CommandLineRun.run("audit", "verify", "--data-dir", data.toString());
        assertThat(verify.exit()).as(verify.out()).isZero();
        assertThat(verify.out()).startsWith("intact: 1 entries checked");

        CommandLineRun overwrite = CommandLineRun.run("store", "archive", "--closed-before", "2020-01-01", "--to",
                archive.toString(), "--data-dir", data.toString());
        assertThat(overwrite.exit()).isEqualTo(2);
        assertThat(overwrite.err()).contains("--to " + archive + " exists already");
    }
}
