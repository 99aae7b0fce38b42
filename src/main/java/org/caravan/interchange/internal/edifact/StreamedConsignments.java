package org.caravan.interchange.internal.edifact;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;

import org.caravan.filing.internal.web.FilingRequests;

/**
 * The house consignments of a CUSCAR interchange, read with StAEDI only as far as the next
 * one is asked for, so a manifest of a million consignments is filed without ever being held.
 * Meant for an interchange already surveyed whole ({@link CuscarInterchange#survey}): a fault
 * met here means the body changed under the reader, and fails the filing that pulls it.
 */
public final class StreamedConsignments implements Iterator<FilingRequests.ConsignmentLine>, AutoCloseable {

    private final ArrayDeque<FilingRequests.ConsignmentLine> ready = new ArrayDeque<>();
    private final Faults faults;
    private final InterchangeReader.Reading reading;

    public StreamedConsignments(InputStream in, EdifactLimits limits) {
        this.faults = new Faults(limits.maxFaults());
        CuscarMapping mapping = new CuscarMapping(new CuscarMapping.Sink() {

            @Override
            public void manifest(String messageReference, String version, FilingRequests.Manifest header,
                    CuscarMapping.HeaderSegments segments) {
                // the header was taken from the survey
            }

            @Override
            public void consignment(int cniSegment, FilingRequests.ConsignmentLine line) {
                ready.add(line);
            }

            @Override
            public void endManifest(String messageReference) {
            }
        }, faults);
        this.reading = new InterchangeReader(limits).open(in, mapping, faults);
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && reading.step()) {
            // read on to the end of the next consignment's segment group
        }
        if (ready.isEmpty() && !faults.isEmpty()) {
            throw new IllegalStateException("the interchange no longer reads as surveyed: " + faults.list().get(0));
        }
        return !ready.isEmpty();
    }

    @Override
    public FilingRequests.ConsignmentLine next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.poll();
    }

    @Override
    public void close() {
        reading.close();
    }
}
