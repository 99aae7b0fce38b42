package org.caravan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.caravan.support.CommandLineRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./caravan simulate} as a pilot manager runs it: it starts the service on an empty
 * store, plays a day of traffic, prints the evaluation as JSON and writes the report with the
 * same figures beside it; bad settings are refused before anything starts.
 */
class SimulateCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aDayOfPilotIsPlayedEvaluatedAndReported(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("pilot.html");
        CommandLineRun run = CommandLineRun.run("simulate", "--days", "1", "--rate", "40", "--seed", "3", "--drain-days", "4",
                "--json", "--report", report.toString(), "--data-dir", dir.resolve("data").toString());

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode printed = JSON.readTree(run.out());
        assertThat(printed.at("/pilot/seed").asLong()).isEqualTo(3);
        assertThat(printed.at("/traffic/consignments").asInt()).isPositive();
        assertThat(printed.at("/overall/filed").asInt()).isEqualTo(printed.at("/traffic/consignments").asInt());
        assertThat(run.err()).contains("day 5:");
        JsonNode written = JSON.readTree(Files.readString(dir.resolve("pilot.json")));
        assertThat(written).isEqualTo(printed);
        assertThat(Files.readString(report)).startsWith("<!DOCTYPE html>").containsPattern(
                "<span class=\"tile-label\">Consignments</span>\\s*<strong>" + printed.at("/overall/filed").asInt() + "</strong>");
    }

    @Test
    void settingsOutOfRangeAreRefusedNamingTheOption(@TempDir Path dir) {
        CommandLineRun run = CommandLineRun.run("simulate", "--days", "0", "--data-dir", dir.resolve("data").toString());
        assertThat(run.exit()).isNotZero();
        assertThat(run.err()).contains("--days");
        assertThat(dir.resolve("data")).doesNotExist();

        CommandLineRun skill = CommandLineRun.run("simulate", "--officer-skill", "1.5", "--data-dir", dir.resolve("data").toString());
        assertThat(skill.exit()).isNotZero();
        assertThat(skill.err()).contains("--officer-skill");

        CommandLineRun capacity = CommandLineRun.run("simulate", "--capacity", "KZ=10,XX=3", "--data-dir",
                dir.resolve("data").toString());
        assertThat(capacity.exit()).isNotZero();
        assertThat(capacity.err()).contains("--capacity", "XX");

        CommandLineRun drain = CommandLineRun.run("simulate", "--drain-days", "-1", "--data-dir", dir.resolve("data").toString());
        assertThat(drain.exit()).isNotZero();
        assertThat(drain.err()).contains("--drain-days");
        assertThat(dir.resolve("data")).doesNotExist();
    }
}
