package org.caravan.interchange;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.caravan.filing.internal.web.FilingRequests;
import org.caravan.interchange.internal.edifact.CuscarMapping;
import org.caravan.interchange.internal.edifact.CuscarWriter;
import org.caravan.interchange.internal.edifact.EdifactLimits;
import org.caravan.interchange.internal.edifact.EdifactWriter;
import org.caravan.interchange.internal.edifact.Faults;
import org.caravan.interchange.internal.edifact.InterchangeReader;
import org.caravan.interchange.internal.edifact.MessageSchemas;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;

/**
 * How fast a large CUSCAR is read: StAEDI's own parse of the file (validating against
 * the same message schema) beside Caravan's parse-and-map to manifest requests, in the
 * same run on the same file, with the peak heap. Filing is left out: its write path is
 * measured by {@code ./caravan bench}.
 */
public final class CuscarBenchmark {

    private CuscarBenchmark() {
    }

    public static void run(int consignments, int rounds, Path file, PrintStream out) throws IOException {
        long started = System.nanoTime();
        generate(file, consignments);
        long bytes = Files.size(file);
        out.printf(Locale.ROOT, "generated %,d consignments, %,d bytes in %.1f s%n", consignments, bytes,
                (System.nanoTime() - started) / 1e9);
        // one warm-up of each, then alternate so neither is favoured by the machine's state
        raw(file);
        mapped(file);
        List<Double> rawRates = new ArrayList<>();
        List<Double> mappedRates = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            rawRates.add(consignments / raw(file));
            mappedRates.add(consignments / mapped(file));
        }
        double rawBest = rawRates.stream().mapToDouble(d -> d).max().orElse(0);
        double mappedBest = mappedRates.stream().mapToDouble(d -> d).max().orElse(0);
        out.printf(Locale.ROOT, "StAEDI raw parse (schema-validated): best %,.0f consignments/s (%.1f MB/s); rounds %s%n",
                rawBest, rawBest * bytes / consignments / 1e6, format(rawRates));
        out.printf(Locale.ROOT, "parse and map to manifest requests:  best %,.0f consignments/s (%.1f MB/s); rounds %s%n",
                mappedBest, mappedBest * bytes / consignments / 1e6, format(mappedRates));
        out.printf(Locale.ROOT, "parse-and-map / raw parse: %.0f %%%n", 100 * mappedBest / rawBest);
        out.printf(Locale.ROOT, "peak heap used: %,d MiB of max %,d MiB%n", peakHeap() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    /** A manifest of {@code count} house consignments written as it is generated. */
    static void generate(Path file, int count) throws IOException {
        FilingRequests.Manifest header = new FilingRequests.Manifest("MAWB-BENCH-1", "AIR", "KC932",
                new FilingRequests.Place("CN", "CNURC"), new FilingRequests.Arrival("KZ", "KZALA", "2026-11-22T04:30:00Z"),
                List.of("CN", "KZ"), List.of());
        Iterable<FilingRequests.ConsignmentLine> lines = () -> new Iterator<>() {
            int next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public FilingRequests.ConsignmentLine next() {
                int n = next++;
                return new FilingRequests.ConsignmentLine(String.format("CRV%09dKZ", n), "TM-" + n, "temu-like",
                        new FilingRequests.Consignee("Consignee " + n, "KZ-P" + n,
                                new FilingRequests.Address("Abay ave " + (n % 200), "Almaty", "050000", "KZ")),
                        "0.550", "25.00", "USD",
                        List.of(new FilingRequests.LineItem("Cotton T-shirt", "610910", 2, "25.00", "CN")));
            }
        };
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            CuscarWriter.write(header, lines, out, "BENCH", "CARAVAN", "BENCH1", Instant.now(),
                    EdifactWriter.Syntax.forMessage(false, 16L * count));
        }
    }

    /** Seconds for StAEDI to read every event of the file, validating against the CUSCAR schema. */
    static double raw(Path file) throws IOException {
        long start = System.nanoTime();
        long events = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
                EDIStreamReader reader = EDIInputFactory.newFactory().createEDIStreamReader(in, "UTF-8")) {
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                if (event == EDIStreamEvent.END_SEGMENT && "UNH".equals(reader.getReferenceCode())) {
                    reader.setTransactionSchema(MessageSchemas.instance().forMessage("CUSCAR", "D:99B:UN").orElseThrow());
                }
                events++;
            }
        } catch (EDIStreamException e) {
            throw new IOException(e);
        }
        if (events == 0) {
            throw new IllegalStateException("nothing read");
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Seconds for Caravan's reader to turn the file into manifest requests, one consignment at a time. */
    static double mapped(Path file) throws IOException {
        long start = System.nanoTime();
        long[] seen = new long[1];
        Faults faults = new Faults(EdifactLimits.DEFAULT.maxFaults());
        CuscarMapping mapping = new CuscarMapping(new CuscarMapping.Sink() {
            @Override
            public void manifest(String reference, String version, FilingRequests.Manifest header,
                    CuscarMapping.HeaderSegments segments) {
            }

            @Override
            public void consignment(int cniSegment, FilingRequests.ConsignmentLine line) {
                seen[0] += line.items().size();
            }

            @Override
            public void endManifest(String reference) {
            }
        }, faults);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            var found = new InterchangeReader(EdifactLimits.DEFAULT).read(in, mapping, faults);
            if (!found.isEmpty() || seen[0] == 0) {
                throw new IllegalStateException("the generated interchange does not read: " + found);
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static String format(List<Double> rates) {
        return rates.stream().map(r -> String.format(Locale.ROOT, "%,.0f", r)).toList().toString();
    }
}
