package org.caravan.risk;

import static org.caravan.support.CommandLineRun.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.caravan.support.Api;
import org.caravan.support.CommandLineRun;
import org.caravan.support.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/** {@code ./caravan hs suggest} and the import of labelled descriptions, on a fresh embedded store. */
class HsCommandLineTest {

    @Test
    void suggestsFromThePilotTariffAsJson(@TempDir Path dir) throws Exception {
        CommandLineRun run = run("hs", "suggest", "wireless earbuds", "--json", "--data-dir", dir.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode answer = Api.JSON.readTree(run.out());
        assertThat(answer.get("candidates").findValuesAsString("hsCode")).contains("851830")
                .allSatisfy(code -> assertThat(code).matches("\\d{6}"));
        assertThat(answer.at("/candidates/0/score").asDouble()).isBetween(0.0, 1.0);

        CommandLineRun plain = run("hs", "suggest", "smartphone", "--limit", "1", "--data-dir", dir.toString());
        assertThat(plain.exit()).as(plain.err()).isZero();
        assertThat(plain.out().strip()).startsWith("851713").contains("Smartphones").doesNotContain("\n");
    }

    @Test
    void refusesABadLimitWithASentence(@TempDir Path dir) {
        CommandLineRun run = run("hs", "suggest", "bag", "--limit", "21", "--data-dir", dir.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--limit must be 1 to 20");
    }

    @Test
    void importsLabelledDescriptionsAndMeasuresOnTheHeldOutOnes(@TempDir Path dir) throws Exception {
        Path uk = SharedData.file("hs-labelled/uk_tariff_references.csv");
        Path cbp = SharedData.file("hs-labelled/us_cbp_cross_rulings.csv");
        String data = dir.toString();
        CommandLineRun imported = run("reference", "import-hs-examples", uk.toString(), cbp.toString(), "--data-dir", data);
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported 8990 labelled HS descriptions");

        CommandLineRun evaluated = run("hs", "evaluate", "--json", "--data-dir", data);
        assertThat(evaluated.exit()).as(evaluated.err()).isZero();
        JsonNode figures = Api.JSON.readTree(evaluated.out());
        assertThat(figures.get("split").asString()).isEqualTo("test");
        assertThat(figures.get("groups").findValuesAsString("name")).startsWith("uk", "cbp").endsWith("all")
                .contains("uk_fpo_extra_references");
    }
}
