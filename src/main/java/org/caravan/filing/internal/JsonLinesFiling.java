package org.caravan.filing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.caravan.common.HotPathStages;
import org.caravan.common.HotPathStages.Stage;
import org.caravan.common.InvalidInput;
import org.caravan.common.Violation;
import org.caravan.common.Violations;
import org.caravan.common.store.ManifestSpool;
import org.caravan.common.web.Problems;
import org.caravan.common.web.RejectedLines;
import org.caravan.filing.internal.web.FilingRequests;
import org.caravan.filing.internal.web.ManifestReceipt;
import org.caravan.party.Caller;
import org.caravan.reference.CountryCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * A manifest filed as JSON Lines (a header line with the master consignment, then one house
 * consignment per line), of any size up to a million consignments and more. The body is
 * first received into a {@link ManifestSpool}; then, in one transaction, each line is read,
 * validated and handed to {@link FileManifest}, which stores and assesses it chunk by chunk.
 * The heap holds one chunk, never the manifest.
 *
 * <p>The manifest is still accepted whole or not at all: from the first bad line on nothing
 * more is stored, every later line is still judged so the answer names all of them, and the
 * transaction is rolled back. A bad last line of a million leaves nothing behind.
 */
@Component
class JsonLinesFiling {

    /** A house consignment of the most items allowed fits well within this. */
    static final int MAX_LINE_CHARS = 1 << 20;
    /** Problems kept for the answer; the first ones are listed, the rest counted. */
    private static final int KEPT_PROBLEMS = 10_000;
    private static final Pattern CONSIGNMENT = Pattern.compile("^/consignments/(\\d+)(/.*)?$");

    private final ManifestValidation validation;
    private final FileManifest fileManifest;
    private final IdempotentFiling idempotent;
    private final ObjectReader headerReader;
    private final ObjectReader lineReader;
    private final HotPathStages stages;
    private final Path spool;
    private final int maxConsignments;

    JsonLinesFiling(ManifestValidation validation, FileManifest fileManifest, IdempotentFiling idempotent, JsonMapper json,
            HotPathStages stages, @Value("${caravan.data-dir}") Path dataDir,
            @Value("${caravan.filing.max-consignments-per-streamed-manifest:2000000}") int maxConsignments) {
        this.validation = validation;
        this.fileManifest = fileManifest;
        this.idempotent = idempotent;
        this.headerReader = json.readerFor(FilingRequests.Manifest.class);
        this.lineReader = json.readerFor(FilingRequests.ConsignmentLine.class);
        this.stages = stages;
        this.spool = dataDir.resolve("spool");
        this.maxConsignments = maxConsignments;
        ManifestSpool.clear(spool);
    }

    /** Throws {@link org.caravan.common.web.PayloadTooLarge} when the body passes the streamed limit. */
    ResponseEntity<String> file(Caller caller, String key, InputStream body) throws IOException {
        IdempotentFiling.checkKey(key);
        try (ManifestSpool received = ManifestSpool.receive(body, spool)) {
            return idempotent.run(caller, key, received.sha256(), HttpStatus.ACCEPTED,
                    () -> ManifestReceipt.of(file(caller, received)));
        }
    }

    private FileManifest.Receipt file(Caller caller, ManifestSpool received) {
        try (Reader in = received.open()) {
            Lines lines = new Lines(new BoundedLines(in, MAX_LINE_CHARS));
            ManifestValidation.Header header = lines.header();
            FileManifest.Receipt receipt = null;
            if (header != null && header.valid() != null) {
                try {
                    receipt = fileManifest.file(caller.partyId(), header.valid(), lines, i -> "/consignments/" + i);
                } catch (InvalidInput e) {
                    // tracking numbers filed before, found against the store
                    e.violations().forEach(lines::problem);
                }
            }
            lines.drain();
            lines.throwIfAny();
            return receipt;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The house consignments of the body, validated as they are read. Yields lines while all
     * is well; after the first problem it yields nothing more, so nothing more is stored.
     */
    private final class Lines implements Iterator<Manifest.HouseConsignment> {

        private final BoundedLines text;
        private final List<Violation> problems = new ArrayList<>();
        private final Set<String> trackingNumbers = new HashSet<>();
        /** The line number of each consignment, by its index among consignment lines. */
        private int[] lineOf = new int[1024];
        private int consignments;
        private int problemCount;
        private boolean malformed;
        private List<CountryCode> route;
        private Manifest.HouseConsignment next;
        private boolean ended;

        Lines(BoundedLines text) {
            this.text = text;
        }

        ManifestValidation.Header header() {
            long t = System.nanoTime();
            BoundedLines.Line first = text.next();
            if (first == null || (!first.tooLong() && first.text().isBlank())) {
                problem(new Violation("", "required", "the first line must be the manifest header").atLine(1));
                return null;
            }
            if (first.tooLong()) {
                malformed(new Violation("", "line-too-long", "a line holds at most " + MAX_LINE_CHARS + " characters")
                        .atLine(1));
                return null;
            }
            FilingRequests.Manifest request;
            try {
                request = headerReader.readValue(first.text());
            } catch (JacksonException e) {
                malformed(Problems.malformed(e).atLine(1));
                return null;
            }
            t = stages.record(Stage.PARSE, t, 0);
            if (request == null) {
                problem(new Violation("", "required", "the first line must be the manifest header, a JSON object")
                        .atLine(1));
                return null;
            }
            Violations v = new Violations();
            ManifestValidation.Header header = validation.header(v, request);
            v.list().forEach(p -> problem(p.atLine(1)));
            route = header.route();
            stages.record(Stage.VALIDATE, t, 0);
            return header;
        }

        @Override
        public boolean hasNext() {
            if (next == null && !ended && problemCount == 0) {
                next = read();
            }
            return next != null;
        }

        @Override
        public Manifest.HouseConsignment next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Manifest.HouseConsignment line = next;
            next = null;
            return line;
        }

        /** Judges every line left, once nothing more will be stored. */
        void drain() {
            while (!ended) {
                read();
            }
        }

        /** The next valid consignment, or null at the end or at a line with problems. */
        private Manifest.HouseConsignment read() {
            for (BoundedLines.Line line = text.next(); line != null; line = text.next()) {
                if (!line.tooLong() && line.text().isBlank()) {
                    continue;
                }
                int index = consignments++;
                if (index == maxConsignments) {
                    problem(new Violation("/consignments", "too-many",
                            "must contain at most " + maxConsignments + " entries"));
                    ended = true;
                    return null;
                }
                if (index == lineOf.length) {
                    lineOf = Arrays.copyOf(lineOf, index * 2);
                }
                lineOf[index] = line.number();
                String pointer = "/consignments/" + index;
                if (line.tooLong()) {
                    malformed(new Violation(pointer, "line-too-long", "a line holds at most " + MAX_LINE_CHARS
                            + " characters").atLine(line.number()));
                    return null;
                }
                long t = System.nanoTime();
                FilingRequests.ConsignmentLine request;
                try {
                    request = lineReader.readValue(line.text());
                } catch (JacksonException e) {
                    malformed(Problems.malformed(e).atLine(line.number()));
                    return null;
                }
                t = stages.record(Stage.PARSE, t, 1);
                if (request == null) {
                    problem(new Violation(pointer, "required", "each line must be a JSON object").atLine(line.number()));
                    return null;
                }
                Violations v = new Violations();
                Manifest.HouseConsignment house = validation.consignment(v, pointer, request, route, trackingNumbers);
                stages.record(Stage.VALIDATE, t, 1);
                if (!v.isEmpty()) {
                    int number = line.number();
                    v.list().forEach(p -> problem(p.atLine(number)));
                    return null;
                }
                return house;
            }
            ended = true;
            if (consignments == 0) {
                problem(new Violation("/consignments", "required", "must contain at least one entry"));
            }
            return null;
        }

        private void malformed(Violation v) {
            malformed = true;
            problem(v);
        }

        /** Keeps a problem with its line: a consignment's pointer names the line it came from. */
        void problem(Violation v) {
            problemCount++;
            if (problems.size() == KEPT_PROBLEMS) {
                return;
            }
            Matcher m = CONSIGNMENT.matcher(v.pointer());
            if (v.line().isEmpty() && m.matches() && Integer.parseInt(m.group(1)) < consignments) {
                v = v.atLine(lineOf[Integer.parseInt(m.group(1))]);
            }
            problems.add(v);
        }

        void throwIfAny() {
            if (problemCount > 0) {
                throw new RejectedLines(malformed, problems);
            }
        }
    }
}
