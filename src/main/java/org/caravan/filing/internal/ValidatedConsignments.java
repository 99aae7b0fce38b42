package org.caravan.filing.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import org.caravan.common.InvalidInput;
import org.caravan.common.Violation;
import org.caravan.common.Violations;
import org.caravan.filing.internal.web.FilingRequests;
import org.caravan.reference.CountryCode;

/**
 * The house consignments of a streamed manifest, validated as they are pulled from a
 * channel that reads them one at a time. Yields consignments while all is well; from the
 * first problem on it yields nothing more, so {@link FileManifest} stores nothing more,
 * and {@link #drain()} still judges the rest so the refusal names every bad consignment.
 */
final class ValidatedConsignments implements Iterator<Manifest.HouseConsignment> {

    /** Problems kept for the answer; the first ones are listed, the rest counted. */
    private static final int KEPT_PROBLEMS = 10_000;

    private final Iterator<FilingRequests.ConsignmentLine> lines;
    private final ManifestValidation validation;
    private final List<CountryCode> route;
    private final int maxConsignments;
    private final Set<String> trackingNumbers = new HashSet<>();
    private final List<Violation> problems = new ArrayList<>();
    private int problemCount;
    private int consignments;
    private Manifest.HouseConsignment next;
    private boolean ended;

    ValidatedConsignments(Iterator<FilingRequests.ConsignmentLine> lines, ManifestValidation validation,
            List<CountryCode> route, int maxConsignments) {
        this.lines = lines;
        this.validation = validation;
        this.route = route;
        this.maxConsignments = maxConsignments;
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

    void problem(Violation v) {
        problemCount++;
        if (problems.size() < KEPT_PROBLEMS) {
            problems.add(v);
        }
    }

    /** Refuses the manifest, rolling back what was stored, if any consignment was at fault. */
    void throwIfAny() {
        if (problemCount > 0) {
            throw new InvalidInput(List.copyOf(problems));
        }
    }

    private Manifest.HouseConsignment read() {
        while (lines.hasNext()) {
            FilingRequests.ConsignmentLine request = lines.next();
            int index = consignments++;
            if (index == maxConsignments) {
                problem(new Violation("/consignments", "too-many", "must contain at most " + maxConsignments + " entries"));
                ended = true;
                return null;
            }
            String pointer = "/consignments/" + index;
            if (request == null) {
                problem(new Violation(pointer, "required", "must not be null"));
                return null;
            }
            Violations v = new Violations();
            Manifest.HouseConsignment house = validation.consignment(v, pointer, request, route, trackingNumbers);
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
