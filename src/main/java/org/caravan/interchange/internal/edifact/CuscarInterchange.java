package org.caravan.interchange.internal.edifact;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.caravan.filing.internal.web.FilingRequests;

/**
 * A CUSCAR interchange read whole into manifest requests, for bodies the HTTP limit already
 * bounds. Large files go through {@link CuscarMapping} with a sink that does not keep them.
 */
public record CuscarInterchange(InterchangeHeader header, List<MessageSeen> seen, List<Message> messages,
        List<SyntaxFault> faults) {

    /** One CUSCAR message as a manifest request, with where each consignment's CNI segment is. */
    public record Message(String reference, String version, FilingRequests.Manifest manifest,
            CuscarMapping.HeaderSegments headerSegments, int[] cniSegments) {
    }

    public boolean valid() {
        return faults.isEmpty();
    }

    public static CuscarInterchange read(InputStream in, EdifactLimits limits) {
        Faults faults = new Faults(limits.maxFaults());
        Collector collector = new Collector();
        CuscarMapping mapping = new CuscarMapping(collector, faults);
        InterchangeReader reader = new InterchangeReader(limits);
        List<SyntaxFault> found = reader.read(in, mapping, faults);
        return new CuscarInterchange(mapping.interchange(), reader.messages(), List.copyOf(collector.messages), found);
    }

    private static final class Collector implements CuscarMapping.Sink {

        final List<Message> messages = new ArrayList<>();
        String reference;
        String version;
        FilingRequests.Manifest header;
        CuscarMapping.HeaderSegments segments;
        List<FilingRequests.ConsignmentLine> lines;
        int[] positions;

        @Override
        public void manifest(String messageReference, String messageVersion, FilingRequests.Manifest manifest,
                CuscarMapping.HeaderSegments headerSegments) {
            reference = messageReference;
            version = messageVersion;
            header = manifest;
            segments = headerSegments;
            lines = new ArrayList<>();
            positions = new int[16];
        }

        @Override
        public void consignment(int cniSegment, FilingRequests.ConsignmentLine line) {
            if (lines.size() == positions.length) {
                positions = Arrays.copyOf(positions, positions.length * 2);
            }
            positions[lines.size()] = cniSegment;
            lines.add(line);
        }

        @Override
        public void endManifest(String messageReference) {
            FilingRequests.Manifest m = header;
            messages.add(new Message(reference, version, new FilingRequests.Manifest(m.manifestRef(), m.transportMode(),
                    m.conveyanceRef(), m.departure(), m.arrival(), m.route(), List.copyOf(lines)), segments,
                    Arrays.copyOf(positions, lines.size())));
        }
    }
}
