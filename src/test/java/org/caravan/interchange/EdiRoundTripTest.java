package org.caravan.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.caravan.filing.internal.web.FilingRequests;
import org.caravan.interchange.internal.edifact.CuscarInterchange;
import org.caravan.interchange.internal.edifact.CuscarWriter;
import org.caravan.interchange.internal.edifact.EdifactLimits;
import org.caravan.interchange.internal.edifact.EdifactWriter;
import org.caravan.support.Api;
import org.caravan.support.Filings;
import org.junit.jupiter.api.Test;

/** Golden round trips: JSON manifest → CUSCAR → JSON gives back the same consignments, items and parties. */
class EdiRoundTripTest {

    static FilingRequests.Manifest manifest(Map<String, Object> body) {
        return Api.JSON.convertValue(body, FilingRequests.Manifest.class);
    }

    static Map<String, Object> sample() {
        var first = Filings.line("CRV000000001KZ", "temu-like", "TM-2026-000123", "KZ", "KZ-P123456789012",
                "Aigerim Sadykova", "610910", 2, "25.00", "0.55");
        var second = Filings.line("CRV000000002KZ", null, null, "KZ", null, "Болат Нурланов: O'Neil + Co?",
                "850940", 1, "149.99", "3.250");
        return Filings.manifest("MAWB-784-12345675", "KZ", List.of(first, second));
    }

    static String cuscar(FilingRequests.Manifest m) {
        return CuscarWriter.write(m, "COURIER1", "CARAVAN", "IC0001", Instant.parse("2026-11-21T10:00:00Z"));
    }

    static CuscarInterchange read(String edifact) {
        return CuscarInterchange.read(new ByteArrayInputStream(edifact.getBytes(StandardCharsets.UTF_8)),
                EdifactLimits.DEFAULT);
    }

    @Test
    void aManifestComesBackFromCuscarAsItWent() {
        FilingRequests.Manifest sent = manifest(sample());
        String edifact = cuscar(sent);
        CuscarInterchange back = read(edifact);

        assertThat(back.faults()).as(edifact).isEmpty();
        assertThat(back.messages()).hasSize(1);
        assertThat(back.messages().get(0).manifest()).isEqualTo(sent);
        assertThat(back.header().controlReference()).isEqualTo("IC0001");
    }

    @Test
    void directoryD96BReadsAsD99B() {
        FilingRequests.Manifest sent = manifest(sample());
        CuscarInterchange back = read(cuscar(sent).replace("CUSCAR:D:99B:UN", "CUSCAR:D:96B:UN"));

        assertThat(back.faults()).isEmpty();
        assertThat(back.messages().get(0).version()).isEqualTo("D:96B:UN");
        assertThat(back.messages().get(0).manifest()).isEqualTo(sent);
    }

    @Test
    void aServiceStringAdviceChangesSeparatorsAndTheDecimalMark() {
        FilingRequests.Manifest sent = manifest(sample());
        String standard = cuscar(sent);
        // UNA: component |, element *, decimal comma, release !, repetition space, terminator ~
        String latin = standard.substring(standard.indexOf("UNH"), standard.indexOf("CNI+2")) + "UNT+23+1'\n";
        String renamed = latin.replace("25.00", "25,00").replace("0.55", "0,55").replace(':', '|').replace('+', '*')
                .replace('\'', '~');
        String interchange = "UNA|*,! ~UNB*UNOC|3*COURIER1*CARAVAN*261121|1000*IC0002~\n" + renamed + "UNZ*1*IC0002~";
        CuscarInterchange back = read(interchange);

        assertThat(back.faults()).as(interchange).isEmpty();
        var line = back.messages().get(0).manifest().consignments().get(0);
        assertThat(line.declaredValue()).isEqualTo("25.00");
        assertThat(line.grossMassKg()).isEqualTo("0.55");
        assertThat(line).isEqualTo(sent.consignments().get(0));
    }

    @Test
    void aMessageOfAMillionSegmentsIsWrittenUnderSyntaxVersion4AndReadsBack() {
        // UNT counts at most 999,999 segments under version 3 (n..6); version 4 counts n..10
        assertThat(EdifactWriter.Syntax.forMessage(false, 999_998)).isEqualTo(EdifactWriter.Syntax.UNOC_3);
        assertThat(EdifactWriter.Syntax.forMessage(false, 1_000_000)).isEqualTo(EdifactWriter.Syntax.UNOC_4);
        assertThat(EdifactWriter.Syntax.forMessage(true, 10)).isEqualTo(EdifactWriter.Syntax.UNOY_4);

        FilingRequests.Manifest sent = manifest(Filings.manifest("MAWB-V4", "KZ", List.of(Filings.line("CRV000000009KZ",
                null, null, "KZ", null, "Dana Omarova", "610910", 1, "10.00", "0.300"))));
        var out = new java.io.ByteArrayOutputStream();
        CuscarWriter.write(sent, sent.consignments(), out, "COURIER1", "CARAVAN", "IC0004",
                Instant.parse("2026-11-21T10:00:00Z"), EdifactWriter.Syntax.UNOC_4);
        String edifact = out.toString(StandardCharsets.UTF_8);

        assertThat(edifact).startsWith("UNB+UNOC:4+COURIER1+CARAVAN+20261121:1000");
        CuscarInterchange back = read(edifact);
        assertThat(back.faults()).isEmpty();
        assertThat(back.messages().get(0).manifest()).isEqualTo(sent);
    }
}
