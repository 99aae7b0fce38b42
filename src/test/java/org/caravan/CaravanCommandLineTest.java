package org.caravan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.caravan.support.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** The reference import commands work on a fresh embedded store, as a new user runs them. */
class CaravanCommandLineTest {

    @Test
    void importsTheHsNomenclatureIntoTheDataDirectory(@TempDir Path dataDir) {
        Path hs = SharedData.file("hs/harmonized-system.csv");
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            exit = new CommandLine(new CaravanCommandLine()).execute("reference", "import-hs", hs.toString(),
                    "--data-dir", dataDir.toString());
        } finally {
            System.setOut(original);
        }
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("1228 headings, 5612 subheadings");
        assertThat(dataDir.resolve("caravan.mv.db")).exists();
    }
}
