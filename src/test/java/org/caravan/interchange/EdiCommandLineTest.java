package org.caravan.interchange;

import static org.caravan.support.CommandLineRun.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.caravan.support.CommandLineRun;
import org.caravan.support.Api;
import org.caravan.support.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;


/**
 * {@code ./caravan edi} and {@code ./caravan wco} as a partner uses them: a manifest JSON
 * converts to a CUSCAR that validates and converts back to the same JSON; every shared
 * sample validates or is refused with a reason naming segment and element (or XPath).
 */
class EdiCommandLineTest {

    @Test
    void aManifestGoesToCuscarAndBackUnchanged(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("manifest.json");
        Files.write(json, Api.JSON.writeValueAsBytes(EdiRoundTripTest.sample()));

        CommandLineRun toEdifact = run("edi", "convert", json.toString(), "--to", "edifact");
        assertThat(toEdifact.exit()).as(toEdifact.err()).isZero();
        Path edi = dir.resolve("manifest.edi");
        Files.writeString(edi, toEdifact.out());

        CommandLineRun validate = run("edi", "validate", edi.toString());
        assertThat(validate.exit()).as(validate.out()).isZero();
        assertThat(validate.err()).contains("1 manifest(s) or order(s), 2 consignment(s)");

        CommandLineRun back = run("edi", "convert", edi.toString(), "--to", "json");
        assertThat(back.exit()).isZero();
        assertThat(Api.JSON.readTree(back.out())).isEqualTo(Api.JSON.valueToTree(EdiRoundTripTest.sample()));
    }

    @Test
    void aBrokenInterchangeIsReportedBySegmentTagAndElement(@TempDir Path dir) throws Exception {
        Path edi = dir.resolve("broken.edi");
        Files.writeString(edi, EdiRoundTripTest.cuscar(EdiRoundTripTest.manifest(EdiRoundTripTest.sample()))
                .replace("QTY+47:2'", "QTY+47:two'"));

        CommandLineRun validate = run("edi", "validate", edi.toString());
        assertThat(validate.exit()).isNotZero();
        assertThat(validate.out()).contains("(QTY) element 1 component 2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cusdec-d99b.edi", "cusrep-d99b.edi", "iftsta-d99b.edi"})
    void everySharedSampleParsesOrIsRefusedWithAReason(String sample) {
        Path file = SharedData.file("samples/edifact/" + sample);
        CommandLineRun validate = run("edi", "validate", file.toString());

        assertThat(validate.exit()).isNotZero();
        assertThat(validate.out()).matches("(?s)segment \\d+ \\([A-Z]{3}\\).*\\[\\d+\\].*");
    }

    @Test
    void theWcoSampleIsRefusedWithXPathsAndACorridorDeclarationIsValid(@TempDir Path dir) throws Exception {
        CommandLineRun sample = run("wco", "validate", SharedData.file("samples/wco-dm/import-declaration-full.xml").toString());
        assertThat(sample.exit()).isNotZero();
        assertThat(sample.out()).contains("/MetaData/Declaration/GoodsShipment/Importer/Name");

        Path corridor = dir.resolve("corridor.xml");
        Files.writeString(corridor, Wco.corridorDeclaration("LRN-CLI-1"));
        CommandLineRun valid = run("wco", "validate", corridor.toString());
        assertThat(valid.exit()).as(valid.out()).isZero();
    }

    @Test
    void aCusdecIsCheckedByItsMappingToo(@TempDir Path dir) throws Exception {
        Path edi = dir.resolve("order.edi");
        Files.writeString(edi, EdifactGuideTest.example("CUSDEC"));
        assertThat(run("edi", "validate", edi.toString()).exit()).isZero();

        Files.writeString(edi, EdifactGuideTest.example("CUSDEC").replace("BGM+929", "BGM+830"));
        CommandLineRun wrong = run("edi", "validate", edi.toString());
        assertThat(wrong.exit()).isNotZero();
        assertThat(wrong.out()).contains("segment 3 (BGM) element 1 component 1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"response-accepted.xml", "response-cleared.xml", "response-rejected.xml", "response-tax.xml"})
    void theWcoResponseSamplesAreNotDeclarationsAndSaySo(String sample) {
        CommandLineRun validate = run("wco", "validate", SharedData.file("samples/wco-dm/" + sample).toString());

        assertThat(validate.exit()).isNotZero();
        assertThat(validate.out()).contains("/MetaData: a Declaration is required");
    }
}
