package org.caravan.filing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.caravan.common.HotPathStages;
import org.caravan.common.HotPathStages.Stage;
import org.caravan.common.Violation;
import org.caravan.common.Violations;
import org.caravan.common.store.ManifestSpool;
import org.caravan.common.web.Problems;
import org.caravan.common.web.RejectedLines;
import org.caravan.filing.internal.store.FilingSignatureTable;
import org.caravan.filing.internal.web.FilingRequests;
import org.caravan.filing.internal.web.FilingSignatureView;
import org.caravan.filing.internal.web.ManifestReceipt;
import org.caravan.party.Caller;
import org.caravan.party.VerifiedSignature;
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
 * first received into a {@link ManifestSpool}; then, in one transaction, each line is read
 * and parsed here, validated by {@link ValidatedConsignments} (as a CUSCAR's consignments
 * are) and handed to {@link FileManifest}, which stores and assesses them chunk by chunk.
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

    private final ManifestValidation validation;
    private final FileManifest fileManifest;
    private final IdempotentFiling idempotent;
    private final ObjectReader headerReader;
    private final ObjectReader lineReader;
    private final HotPathStages stages;
    private final Path spool;
    private final int maxConsignments;
    private final SignedFilings signed;

    JsonLinesFiling(ManifestValidation validation, FileManifest fileManifest, IdempotentFiling idempotent, JsonMapper json,
            HotPathStages stages, @Value("${caravan.data-dir}") Path dataDir,
            @Value("${caravan.filing.max-consignments-per-streamed-manifest:2000000}") int maxConsignments,
            SignedFilings signed) {
        this.signed = signed;
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
    ResponseEntity<String> file(Caller caller, String key, InputStream body, Optional<String> signature)
            throws IOException {
        IdempotentFiling.checkKey(key);
        try (ManifestSpool received = ManifestSpool.receive(body, spool)) {
            // over the bytes as received, read back from the spool: the body is never held whole
            Optional<VerifiedSignature> verified = signed.verify(caller, signature, received::bytes);
            return idempotent.run(caller, key, received.sha256(), HttpStatus.ACCEPTED, () -> {
                FileManifest.Receipt receipt = file(caller, received, verified);
                signed.store(receipt.manifestId(), FilingSignatureTable.MANIFEST, caller, verified);
                return ManifestReceipt.of(receipt, FilingSignatureView.of(verified));
            });
        }
    }

    private FileManifest.Receipt file(Caller caller, ManifestSpool received, Optional<VerifiedSignature> verified) {
        try (Reader in = received.open()) {
            BoundedLines text = new BoundedLines(in, MAX_LINE_CHARS);
            List<Violation> headerProblems = new ArrayList<>();
            boolean[] headerUnreadable = new boolean[1];
            ManifestValidation.Header header = header(text.next(), headerProblems, headerUnreadable);
            if (header.valid() != null) {
                signed.requireIfDemanded(caller, SignedFilings.destinations(header.valid()), verified);
            }
            ValidatedConsignments consignments = new ValidatedConsignments(new Lines(text), validation, header,
                    maxConsignments, stages);
            headerProblems.forEach(headerUnreadable[0] ? consignments::malformed : consignments::problem);
            FileManifest.Receipt receipt = consignments.file(caller.partyId(), fileManifest);
            if (consignments.refused()) {
                throw new RejectedLines(consignments.malformed(), consignments.problems());
            }
            return receipt;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first line, the master consignment; its problems are added to {@code problems}. */
    private ManifestValidation.Header header(BoundedLines.Line first, List<Violation> problems, boolean[] unreadable) {
        ManifestValidation.Header none = new ManifestValidation.Header(null, null);
        if (first == null || (!first.tooLong() && first.text().isBlank())) {
            problems.add(new Violation("", "required", "the first line must be the manifest header").atLine(1));
            return none;
        }
        unreadable[0] = true;
        if (first.tooLong()) {
            problems.add(new Violation("", "line-too-long", "a line holds at most " + MAX_LINE_CHARS + " characters")
                    .atLine(1));
            return none;
        }
        long t = System.nanoTime();
        FilingRequests.Manifest request;
        try {
            request = headerReader.readValue(first.text());
        } catch (JacksonException e) {
            problems.add(Problems.malformed(e).atLine(1));
            return none;
        }
        unreadable[0] = false;
        t = stages.record(Stage.PARSE, t, 0);
        if (request == null) {
            problems.add(new Violation("", "required", "the first line must be the manifest header, a JSON object")
                    .atLine(1));
            return none;
        }
        Violations v = new Violations();
        ManifestValidation.Header header = validation.header(v, request);
        v.list().forEach(p -> problems.add(p.atLine(1)));
        stages.record(Stage.VALIDATE, t, 0);
        return header;
    }

    /** The consignment lines of the body, parsed one at a time; blank lines are skipped. */
    private final class Lines implements Iterator<ValidatedConsignments.Read> {

        private final BoundedLines text;
        private BoundedLines.Line pending;
        private int index;

        Lines(BoundedLines text) {
            this.text = text;
        }

        @Override
        public boolean hasNext() {
            while (pending == null) {
                BoundedLines.Line line = text.next();
                if (line == null) {
                    return false;
                }
                if (line.tooLong() || !line.text().isBlank()) {
                    pending = line;
                }
            }
            return true;
        }

        @Override
        public ValidatedConsignments.Read next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            BoundedLines.Line line = pending;
            pending = null;
            String pointer = "/consignments/" + index++;
            if (line.tooLong()) {
                return new ValidatedConsignments.Read(null, new Violation(pointer, "line-too-long",
                        "a line holds at most " + MAX_LINE_CHARS + " characters").atLine(line.number()), line.number());
            }
            long t = System.nanoTime();
            try {
                FilingRequests.ConsignmentLine request = lineReader.readValue(line.text());
                stages.record(Stage.PARSE, t, 1);
                return new ValidatedConsignments.Read(request, null, line.number());
            } catch (JacksonException e) {
                return new ValidatedConsignments.Read(null, Problems.malformed(e).atLine(line.number()), line.number());
            }
        }
    }
}
