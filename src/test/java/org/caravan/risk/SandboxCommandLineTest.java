package org.caravan.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravan.support.CommandLineRun.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

import org.caravan.support.Api;
import org.caravan.support.CommandLineRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code ./caravan sandbox}, on a fresh embedded store. */
class SandboxCommandLineTest {

    @Test
    void replaysListsAndReportsAsJson(@TempDir Path dir) throws Exception {
        Path candidate = dir.resolve("candidate.json");
        Files.writeString(candidate, SandboxProfiles.missingOrderWeighsNothing().toString());
        String data = dir.resolve("data").toString();
        String today = LocalDate.now(ZoneId.of("Asia/Almaty")).toString();

        CommandLineRun replay = run("sandbox", "replay", "--jurisdiction", "KZ", "--candidate", candidate.toString(),
                "--from", today, "--to", today, "--reason", "a missing order weighs nothing", "--data-dir", data);
        assertThat(replay.exit()).as(replay.err()).isZero();
        String id = replay.out().strip();
        assertThat(id).matches("[0-9a-f-]{36}");

        CommandLineRun report = run("sandbox", "report", id, "--json", "--data-dir", data);
        assertThat(report.exit()).as(report.err()).isZero();
        JsonNode json = Api.JSON.readTree(report.out());
        assertThat(json.at("/run/id").asString()).isEqualTo(id);
        assertThat(json.at("/run/mode").asString()).isEqualTo("REPLAY");
        assertThat(json.at("/run/from").asString()).isEqualTo(today);
        assertThat(json.at("/run/candidateBasis").asString()).contains("missing platform order");
        // nothing was filed in this store: no parcel on either side, and no hit rate to speak of
        assertThat(json.at("/production/parcels").asInt()).isZero();
        assertThat(json.at("/candidate/parcels").asInt()).isZero();
        assertThat(json.at("/candidate/hitRate").isNull() || json.at("/candidate/hitRate").isMissingNode()).isTrue();
        assertThat(json.at("/minutesPerInspection").asString()).isEqualTo("30");

        CommandLineRun list = run("sandbox", "list", "--json", "--data-dir", data);
        assertThat(list.exit()).as(list.err()).isZero();
        assertThat(Api.JSON.readTree(list.out()).findValuesAsString("id")).containsExactly(id);
    }

    @Test
    void aMalformedCandidateIsRefusedNamingTheOptionAndTheSetting(@TempDir Path dir) throws Exception {
        Path candidate = dir.resolve("candidate.json");
        ObjectNode half = SandboxProfiles.pilot();
        half.remove("redScore");
        Files.writeString(candidate, half.toString());
        CommandLineRun start = run("sandbox", "start", "--jurisdiction", "KZ", "--candidate", candidate.toString(),
                "--reason", "try", "--data-dir", dir.resolve("data").toString());
        assertThat(start.exit()).isEqualTo(1);
        assertThat(start.err()).contains("--candidate:").contains("redScore");
    }
}
