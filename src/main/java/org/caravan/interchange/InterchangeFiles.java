package org.caravan.interchange;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.caravan.filing.internal.web.FilingRequests;
import org.caravan.interchange.internal.edifact.CuscarInterchange;
import org.caravan.interchange.internal.edifact.CuscarMapping;
import org.caravan.interchange.internal.edifact.CuscarWriter;
import org.caravan.interchange.internal.edifact.CusdecMapping;
import org.caravan.interchange.internal.edifact.EdifactLimits;
import org.caravan.interchange.internal.edifact.Faults;
import org.caravan.interchange.internal.edifact.InterchangeReader;
import org.caravan.interchange.internal.edifact.SyntaxFault;
import org.caravan.interchange.internal.wco.WcoCompleteness;
import org.caravan.interchange.internal.wco.WcoDeclaration;
import org.caravan.interchange.internal.wco.WcoSchemas;
import org.caravan.interchange.internal.wco.XmlFault;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.databind.json.JsonMapper;

/**
 * Interchange files checked and converted without a running service, for the command line
 * ({@code ./caravan edi ...}, {@code ./caravan wco ...}). EDIFACT files are read streaming:
 * a million-consignment CUSCAR is validated in constant memory.
 */
public final class InterchangeFiles {

    private static final JsonMapper JSON = JsonMapper.builder()
            .changeDefaultPropertyInclusion(v -> JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.NON_NULL))
            .build();

    /** What a check found: the errors, one line each, and what was read (manifests and orders, consignments). */
    public record Report(List<String> errors, long messages, long consignments) {

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private InterchangeFiles() {
    }

    /** Syntax, Caravan's message schemas and the CUSCAR and CUSDEC mappings, without filing. */
    public static Report validateEdifact(Path file) throws IOException {
        long[] counts = new long[2];
        Faults faults = new Faults(EdifactLimits.DEFAULT.maxFaults());
        CuscarMapping mapping = new CuscarMapping(new CuscarMapping.Sink() {
            @Override
            public void manifest(String reference, String version, FilingRequests.Manifest header,
                    CuscarMapping.HeaderSegments segments) {
                counts[0]++;
            }

            @Override
            public void consignment(int cniSegment, FilingRequests.ConsignmentLine line) {
                counts[1]++;
            }

            @Override
            public void endManifest(String reference) {
            }
        }, faults, false);
        // orders are few and small: each is mapped and counted, none kept
        CusdecMapping orders = new CusdecMapping(order -> counts[0]++, faults);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            List<SyntaxFault> found = new InterchangeReader(EdifactLimits.DEFAULT).read(in,
                    CuscarInterchange.both(mapping, orders), faults);
            return new Report(found.stream().map(SyntaxFault::describe).toList(), counts[0], counts[1]);
        }
    }

    /** A CUSCAR's manifests as the JSON the API takes; one manifest as an object, several as an array. */
    public static String cuscarToJson(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            CuscarInterchange read = CuscarInterchange.read(in, EdifactLimits.DEFAULT);
            if (!read.valid()) {
                throw new IllegalArgumentException(String.join("\n", read.faults().stream().map(SyntaxFault::describe)
                        .toList()));
            }
            List<FilingRequests.Manifest> manifests = read.messages().stream().map(CuscarInterchange.Message::manifest)
                    .toList();
            Object out = manifests.size() == 1 ? manifests.get(0) : manifests;
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out);
        }
    }

    /** A manifest in the API's JSON as a CUSCAR D99B interchange from {@code sender}. */
    public static String jsonToCuscar(Path file, String sender) throws IOException {
        String reference = Long.toString(Instant.now().toEpochMilli() % 100_000_000_000_000L, 36).toUpperCase();
        return manifestAsCuscar(Files.readAllBytes(file), sender, reference);
    }

    /**
     * A manifest in the API's JSON as a CUSCAR D99B interchange from {@code sender}, under the
     * interchange control reference given (at most 14 characters; Caravan takes it as the idempotency key).
     */
    public static String manifestAsCuscar(byte[] json, String sender, String controlReference) {
        FilingRequests.Manifest manifest = JSON.readValue(json, FilingRequests.Manifest.class);
        return CuscarWriter.write(manifest, sender, "CARAVAN", controlReference, Instant.now());
    }

    /** The WCO DMS schemas (when {@code schemas} holds them) and a complete mapping to a Caravan filing. */
    public static Report validateWco(Path file, Path schemas) throws IOException {
        byte[] xml = Files.readAllBytes(file);
        WcoDeclaration read = WcoDeclaration.read(xml);
        List<XmlFault> faults = new ArrayList<>(read.faults());
        List<String> errors = new ArrayList<>();
        if (faults.isEmpty()) {
            WcoSchemas dms = WcoSchemas.from(schemas);
            if (!dms.declarationsChecked()) {
                errors.add("/: the WCO DMS schemas are not in " + schemas + "; give their folder with --schemas [schemas]");
            }
            faults.addAll(dms.checkDeclaration(xml));
        }
        if (faults.isEmpty()) {
            faults.addAll(WcoCompleteness.missing(read));
        }
        faults.forEach(f -> errors.add(f.describe()));
        return new Report(errors, read.manifest() == null ? 0 : 1,
                read.manifest() == null ? 0 : read.manifest().consignments().size());
    }
}
