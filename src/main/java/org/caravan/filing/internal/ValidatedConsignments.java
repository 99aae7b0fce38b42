package org.caravan.filing.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.caravan.common.HotPathStages;
import org.caravan.common.HotPathStages.Stage;
import org.caravan.common.InvalidInput;
import org.caravan.common.Violation;
import org.caravan.common.Violations;
import org.caravan.filing.internal.web.FilingRequests;

/**
 * The house consignments of a streamed manifest (JSON Lines, a CUSCAR), validated as they
 * are pulled from a channel that reads them one at a time. Yields consignments while all is
 * well; from the first problem on it yields nothing more, so {@link FileManifest} stores
 * nothing more, and {@link #drain()} still judges the rest so the refusal names every bad
 * consignment. A problem with a consignment of a body read line by line names its line.
 */
final class ValidatedConsignments implements Iterator<Manifest.HouseConsignment> {

    /**
     * One consignment as the channel read it: its request, or why it could not be read (a
     * malformed body), and its line in the body (0 when the body has no lines).
     */
    record Read(FilingRequests.ConsignmentLine request, Violation unreadable, int line) {

        static Read of(FilingRequests.ConsignmentLine request) {
            return new Read(request, null, 0);
        }
    }

    /** Problems kept for the answer; the first ones are listed, the rest counted. */
    private static final int KEPT_PROBLEMS = 10_000;
    private static final Pattern CONSIGNMENT = Pattern.compile("^/consignments/(\\d+)(/.*)?$");

    private final Iterator<Read> reads;
    private final ManifestValidation validation;
    private final ManifestValidation.Header header;
    private final int maxConsignments;
    private final HotPathStages stages;
    private final Set<String> trackingNumbers = new HashSet<>();
    private final List<Violation> problems = new ArrayList<>();
    /** The line of each consignment, by its index, when the body has lines. */
    private int[] lineOf = new int[1024];
    private int problemCount;
    private boolean malformed;
    private int consignments;
    private Manifest.HouseConsignment next;
    private boolean ended;

    ValidatedConsignments(Iterator<Read> reads, ManifestValidation validation, ManifestValidation.Header header,
            int maxConsignments, HotPathStages stages) {
        this.reads = reads;
        this.validation = validation;
        this.header = header;
        this.maxConsignments = maxConsignments;
        this.stages = stages;
    }

    /**
     * Files the consignments through {@code fileManifest} when the header is valid, and judges
     * every one of them either way. Null when nothing was filed; the caller refuses the
     * manifest (rolling back what was stored) when {@link #refused()}.
     */
    FileManifest.Receipt file(UUID courierPartyId, FileManifest fileManifest) {
        FileManifest.Receipt receipt = null;
        if (header.valid() != null) {
            try {
                receipt = fileManifest.file(courierPartyId, header.valid(), this, i -> "/consignments/" + i);
            } catch (InvalidInput e) {
                // tracking numbers filed before, found against the store
                e.violations().forEach(this::problem);
            }
        }
        drain();
        return receipt;
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

    /** Judges every consignment left, once nothing more will be stored. */
    void drain() {
        while (!ended) {
            read();
        }
    }

    /** Keeps a problem; one with a consignment's pointer is given that consignment's line. */
    void problem(Violation v) {
        problemCount++;
        if (problems.size() == KEPT_PROBLEMS) {
            return;
        }
        Matcher m = CONSIGNMENT.matcher(v.pointer());
        if (v.line().isEmpty() && m.matches()) {
            int index = Integer.parseInt(m.group(1));
            if (index < consignments && lineOf[index] > 0) {
                v = v.atLine(lineOf[index]);
            }
        }
        problems.add(v);
    }

    /** Keeps a problem of a part of the body that could not be read at all. */
    void malformed(Violation v) {
        malformed = true;
        problem(v);
    }

    boolean refused() {
        return problemCount > 0;
    }

    /** True when some part of the body could not be read, as opposed to read and found invalid. */
    boolean malformed() {
        return malformed;
    }

    List<Violation> problems() {
        return List.copyOf(problems);
    }

    /** Refuses the manifest, rolling back what was stored, if any consignment was at fault. */
    void throwIfAny() {
        if (refused()) {
            throw new InvalidInput(problems());
        }
    }

    private Manifest.HouseConsignment read() {
        while (reads.hasNext()) {
            Read read = reads.next();
            int index = consignments++;
            if (index == maxConsignments) {
                problem(new Violation("/consignments", "too-many", "must contain at most " + maxConsignments + " entries"));
                ended = true;
                return null;
            }
            if (index == lineOf.length) {
                lineOf = Arrays.copyOf(lineOf, index * 2);
            }
            lineOf[index] = read.line();
            if (read.unreadable() != null) {
                malformed(read.unreadable());
                return null;
            }
            String pointer = "/consignments/" + index;
            if (read.request() == null) {
                problem(new Violation(pointer, "required", "must not be null"));
                return null;
            }
            long t = System.nanoTime();
            Violations v = new Violations();
            Manifest.HouseConsignment house = validation.consignment(v, pointer, read.request(), header.route(),
                    trackingNumbers);
            stages.record(Stage.VALIDATE, t, 1);
            if (!v.isEmpty()) {
                v.list().forEach(this::problem);
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
}
