package org.caravan.risk;

import static org.caravan.support.CommandLineRun.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.caravan.support.Api;
import org.caravan.support.CommandLineRun;
import org.caravan.support.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/** {@code ./caravan risk}: the protocol's JSON, the model document, and versions on a fresh store. */
class RiskCommandLineTest {

    private static final List<String> CUT_OFFS = List.of("1", "2", "5", "10");

    /** The first rows of a declarations file, so the test trains in seconds. */
    private static Path head(Path file, int rows, Path dir) throws IOException {
        Path head = dir.resolve(file.getFileName());
        Files.write(head, Files.readAllLines(file).subList(0, rows + 1));
        return head;
    }

    @Test
    void evaluatePrintsThePapersFiguresForModelAndLookupAsJson(@TempDir Path dir) throws Exception {
        Path train = head(SharedData.file("customs-declarations/df_syn_train_eng.csv"), 6000, dir);
        Path test = head(SharedData.file("customs-declarations/df_syn_valid_eng.csv"), 2000, dir);

        CommandLineRun run = run("risk", "evaluate", "--train", train.toString(), "--test", test.toString(), "--json");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode json = Api.JSON.readTree(run.out());
        assertThat(json.get("rows").asInt()).isEqualTo(2000);
        assertThat(json.get("frauds").asInt()).isPositive();
        for (JsonNode figures : List.of(json, json.get("unseen"), json.get("baseline"), json.at("/baseline/unseen"))) {
            assertThat(figures.get("precisionAt").propertyNames()).containsExactlyElementsOf(CUT_OFFS);
            assertThat(figures.get("recallAt").propertyNames()).containsExactlyElementsOf(CUT_OFFS);
            assertThat(figures.get("auc").asDouble()).isBetween(0.0, 1.0);
            assertThat(figures.get("rows").asInt()).isPositive();
        }
        assertThat(json.at("/unseen/rows").asInt()).isLessThan(2000);
    }

    @Test
    void trainWritesAVersionedModelDocument(@TempDir Path dir) throws Exception {
        Path train = head(SharedData.file("customs-declarations/df_syn_train_eng.csv"), 3000, dir);
        Path out = dir.resolve("model.json");

        CommandLineRun run = run("risk", "train", "--train", train.toString(), "--out", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode document = Api.JSON.readTree(Files.readString(out));
        assertThat(document.get("format").asString()).isEqualTo("caravan-risk-model");
        assertThat(document.get("version").asInt()).isEqualTo(1);
        assertThat(document.at("/trees/roots").size()).isPositive();
        assertThat(document.at("/unseenTrees/roots").size()).isPositive();
        assertThat(document.at("/trees/feature").size()).isEqualTo(document.at("/trees/value").size());
        assertThat(document.at("/encodings/importer/prior").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void aFreshStoreListsNoVersionsAndRefusesToPromoteAnUnknownOne(@TempDir Path dir) throws Exception {
        CommandLineRun list = run("risk", "models", "--json", "--data-dir", dir.toString());
        assertThat(list.exit()).as(list.err()).isZero();
        assertThat(Api.JSON.readTree(list.out()).get("models").isEmpty()).isTrue();

        CommandLineRun promote = run("risk", "promote", "KZ-none", "--by", "admin", "--reason", "test",
                "--data-dir", dir.toString());
        assertThat(promote.exit()).isEqualTo(1);
        assertThat(promote.err()).contains("No risk model version KZ-none");
    }

    @Test
    void trainRefusesTwoSourcesAtOnce(@TempDir Path dir) {
        CommandLineRun run = run("risk", "train", "--train", "x.csv", "--from-inspections", "--data-dir", dir.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Give either --train FILE --out MODEL.json or --from-inspections");
    }
}
