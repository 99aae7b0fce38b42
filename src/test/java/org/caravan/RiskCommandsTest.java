package org.caravan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.caravan.support.CommandLineRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./caravan risk learn-prices} and {@code risk profile load|show} on a fresh embedded store, as a new user runs them. */
class RiskCommandsTest {

    @Test
    void learnsFromAnEmptyStoreWithoutFailing(@TempDir Path dir) {
        CommandLineRun run = CommandLineRun.run("risk", "learn-prices", "--since", "2026-11-01", "--data-dir", dir.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo("Learned 0 peer groups from 0 unit prices in 0 consignments");
    }

    @Test
    void refusesADateItCannotReadNamingTheOption(@TempDir Path dir) {
        CommandLineRun run = CommandLineRun.run("risk", "learn-prices", "--since", "last week", "--data-dir", dir.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--since");
    }

    static final String PROFILE = """
            id: kz-cli
            jurisdiction: KZ
            validFrom: 2020-01-01
            basis: crafted for the test
            yellowScore: 30
            redScore: 60
            randomInspectionRate: "0"
            signals:
              order-not-found: {score: 10}
            """;

    @Test
    void aProfileLoadsAndShowsWhileAMalformedOneIsRefusedWithItsLineAndField(@TempDir Path dir) throws Exception {
        String data = dir.resolve("data").toString();
        Path bad = Files.writeString(dir.resolve("bad.yaml"), PROFILE.replace("{score: 10}", "{score: 10, lane: AMBER}"));
        CommandLineRun refused = CommandLineRun.run("risk", "profile", "load", bad.toString(), "--jurisdiction", "KZ",
                "--by", "head of risk", "--reason", "a typo", "--data-dir", data);
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("line 9, signals.order-not-found.lane");

        Path good = Files.writeString(dir.resolve("good.yaml"), PROFILE);
        CommandLineRun loaded = CommandLineRun.run("risk", "profile", "load", good.toString(), "--jurisdiction", "KZ",
                "--by", "head of risk", "--reason", "lenient while platforms join", "--data-dir", data);
        assertThat(loaded.exit()).as(loaded.err()).isZero();
        assertThat(loaded.out()).contains("KZ risk profile version 1 (kz-cli) loaded by head of risk");
        CommandLineRun shown = CommandLineRun.run("risk", "profile", "show", "--jurisdiction", "KZ", "--data-dir", data);
        assertThat(shown.exit()).as(shown.err()).isZero();
        assertThat(shown.out()).contains("id: kz-cli");
    }

    @Test
    void aReasonLongerThanTheHistoryKeepsIsRefusedNamingTheOption(@TempDir Path dir) throws Exception {
        Path good = Files.writeString(dir.resolve("good.yaml"), PROFILE);
        CommandLineRun refused = CommandLineRun.run("risk", "profile", "load", good.toString(), "--jurisdiction", "KZ",
                "--by", "head of risk", "--reason", "x".repeat(1001), "--data-dir", dir.resolve("data").toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("--reason at most 1000");
    }
}
