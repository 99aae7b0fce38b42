package org.caravan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.caravan.support.CommandLineRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./caravan store partitions} on an embedded store, which is not partitioned, and its bad input. */
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
}
