package org.caravan.interchange;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.caravan.filing.internal.web.FilingRequests;
import org.caravan.interchange.internal.edifact.CuscarWriter;
import org.caravan.interchange.internal.edifact.EdifactLimits;
import org.caravan.interchange.internal.edifact.Faults;
import org.caravan.interchange.internal.edifact.InterchangeReader;
import org.caravan.interchange.internal.edifact.SyntaxFault;
import org.caravan.support.Api;
import org.caravan.support.Filings;

/** Interchanges for tests, and the check that one validates against Caravan's message schemas. */
final class Edifact {

    private Edifact() {
    }

    static FilingRequests.Manifest manifest(Map<String, Object> body) {
        return Api.JSON.convertValue(body, FilingRequests.Manifest.class);
    }

    /** A valid manifest of {@code count} consignments to Kazakhstan with fresh tracking numbers. */
    static Map<String, Object> manifestBody(int count) {
        List<Map<String, Object>> lines = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add(Filings.line(Filings.unique("CRV"), null, null, "KZ", "KZ-P" + (100 + i), "Aigerim Sadykova",
                    "610910", 2, "25.00", "0.550"));
        }
        return Filings.manifest(Filings.unique("MAWB-"), "KZ", lines);
    }

    static String cuscar(Map<String, Object> body, String controlReference) {
        return CuscarWriter.write(manifest(body), "COURIER1", "CARAVAN", controlReference,
                Instant.parse("2026-11-21T10:00:00Z"));
    }

    /** Every fault StAEDI and Caravan's schemas find, for any message type Caravan knows. */
    static List<SyntaxFault> faults(String interchange) {
        Faults faults = new Faults(100);
        return new InterchangeReader(EdifactLimits.DEFAULT).read(
                new ByteArrayInputStream(interchange.getBytes(StandardCharsets.UTF_8)), segment -> {
                }, faults);
    }
}
