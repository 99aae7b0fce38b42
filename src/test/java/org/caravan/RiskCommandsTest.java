package org.caravan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.caravan.support.CommandLineRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./caravan risk learn-prices} on a fresh embedded store, as a new user runs it. */
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
}
