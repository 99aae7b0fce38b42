package org.caravan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.caravan.support.CommandLineRun;
import org.caravan.support.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** The reference import commands work on a fresh embedded store, as a new user runs them. */
class CaravanCommandLineTest {

    @Test
    void importsTheHsNomenclatureIntoTheDataDirectory(@TempDir Path dataDir) {
        Path hs = SharedData.file("hs/harmonized-system.csv");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = run(out, "reference", "import-hs", hs.toString(), "--data-dir", dataDir.toString());
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("1228 headings, 5612 subheadings");
        assertThat(dataDir.resolve("caravan.mv.db")).exists();
    }

    @Test
    void aSpringPropertyAfterTheCommandOverridesTheCommandsOwnSetting(@TempDir Path dataDir) {
        Path rates = SharedData.file("fx/ecb-eurofxref-2024-02-19.csv");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // the import sets logging.level.root=WARN itself; given again it must replace it, not join it
        int exit = run(out, "reference", "import-fx", rates.toString(), "--data-dir", dataDir.toString(),
                "--logging.level.root=ERROR");
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Imported 30 exchange rates");
    }

    @Test
    void importsTheUnAndOfacListsWithTheirAliases(@TempDir Path dataDir) {
        Path un = SharedData.file("sanctions/un-consolidated-2026-02-27.xml");
        Path ofac = SharedData.file("sanctions/ofac-sdn-2024-05-03.csv");
        CommandLineRun unRun = CommandLineRun.run("reference", "import-watchlist-un", un.toString(), "--data-dir", dataDir.toString());
        CommandLineRun ofacRun = CommandLineRun.run("reference", "import-watchlist", ofac.toString(), "--data-dir", dataDir.toString());
        assertThat(unRun.exit()).as(unRun.err()).isZero();
        assertThat(ofacRun.exit()).as(ofacRun.err()).isZero();
        assertThat(unRun.out()).containsPattern("Imported \\d{4} watchlist names");
        assertThat(ofacRun.out()).containsPattern("Imported \\d{5} watchlist names");
    }

    private static int run(ByteArrayOutputStream out, String... args) {
        PrintStream original = System.out;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            return new CommandLine(new CaravanCommandLine()).execute(args);
        } finally {
            System.setOut(original);
        }
    }
}
