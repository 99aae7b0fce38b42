package org.caravan.interchange.internal.edifact;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.caravan.filing.internal.web.FilingRequests;

/**
 * An interchange read whole into manifest requests (CUSCAR) and order requests (CUSDEC), for
 * bodies the HTTP limit already bounds. Large files go through {@link CuscarMapping} with a sink that does not keep them.
 */
public record CuscarInterchange(InterchangeHeader header, List<MessageSeen> seen, List<Message> messages,
        List<CusdecMapping.Mapped> orders, List<SyntaxFault> faults) {

    /** One CUSCAR message as a manifest request, with where each consignment's CNI segment is. */
    public record Message(String reference, String version, FilingRequests.Manifest manifest,
            CuscarMapping.HeaderSegments headerSegments, int[] cniSegments) {
    }

    public boolean valid() {
        return faults.isEmpty();
    }

    public static CuscarInterchange read(InputStream in, EdifactLimits limits) {
        return read(in, limits, true);
    }

    /**
     * The interchange checked whole, its CUSCAR messages kept without their consignments (only
     * where each CNI segment is): what decides how to file it, for a body of any size.
     */
    public static CuscarInterchange survey(InputStream in, EdifactLimits limits) {
        return read(in, limits, false);
    }

    private static CuscarInterchange read(InputStream in, EdifactLimits limits, boolean keepConsignments) {
        Faults faults = new Faults(limits.maxFaults());
        Collector collector = new Collector(keepConsignments);
        CuscarMapping manifests = new CuscarMapping(collector, faults);
        List<CusdecMapping.Mapped> orders = new ArrayList<>();
        CusdecMapping declarations = new CusdecMapping(orders::add, faults);
        InterchangeReader reader = new InterchangeReader(limits);
        List<SyntaxFault> found = reader.read(in, new Both(manifests, declarations), faults);
        return new CuscarInterchange(manifests.interchange(), reader.messages(), List.copyOf(collector.messages),
                List.copyOf(orders), found);
    }

    /** The handler that maps CUSCAR and CUSDEC messages of one interchange alike. */
    public static InterchangeReader.Handler both(CuscarMapping manifests, CusdecMapping orders) {
        return new Both(manifests, orders);
    }

    /** Every event to both mappings; each maps its own message type and passes over the other. */
    private record Both(CuscarMapping manifests, CusdecMapping orders) implements InterchangeReader.Handler {

        @Override
        public void interchangeHeader(Segment unb) {
            manifests.interchangeHeader(unb);
        }

        @Override
        public void messageHeader(Segment unh, String type, String version, boolean supported) {
            manifests.messageHeader(unh, type, version, supported);
            orders.messageHeader(unh, type, version, supported);
        }

        @Override
        public void segment(Segment segment) {
            manifests.segment(segment);
            orders.segment(segment);
        }

        @Override
        public void messageTrailer(Segment unt) {
            manifests.messageTrailer(unt);
            orders.messageTrailer(unt);
        }
    }

    private static final class Collector implements CuscarMapping.Sink {

        final boolean keepConsignments;
        final List<Message> messages = new ArrayList<>();
        int count;
        String reference;
        String version;
        FilingRequests.Manifest header;
        CuscarMapping.HeaderSegments segments;
        List<FilingRequests.ConsignmentLine> lines;
        int[] positions;

        Collector(boolean keepConsignments) {
            this.keepConsignments = keepConsignments;
        }

        @Override
        public void manifest(String messageReference, String messageVersion, FilingRequests.Manifest manifest,
                CuscarMapping.HeaderSegments headerSegments) {
            reference = messageReference;
            version = messageVersion;
            header = manifest;
            segments = headerSegments;
            lines = new ArrayList<>();
            positions = new int[16];
            count = 0;
        }

        @Override
        public void consignment(int cniSegment, FilingRequests.ConsignmentLine line) {
            if (count == positions.length) {
                positions = Arrays.copyOf(positions, positions.length * 2);
            }
            positions[count++] = cniSegment;
            if (keepConsignments) {
                lines.add(line);
            }
        }

        @Override
        public void endManifest(String messageReference) {
            FilingRequests.Manifest m = header;
            messages.add(new Message(reference, version, new FilingRequests.Manifest(m.manifestRef(), m.transportMode(),
                    m.conveyanceRef(), m.departure(), m.arrival(), m.route(), List.copyOf(lines)), segments,
                    Arrays.copyOf(positions, count)));
        }
    }
}
