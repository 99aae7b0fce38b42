package org.caravan.interchange.internal.edifact;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.Location;

/**
 * Reads an interchange with StAEDI one segment at a time and hands each to a
 * {@link Handler}, so a manifest of any size passes through in constant memory. Syntax,
 * schema and limit faults are collected with their positions; reading stops at the first
 * fault StAEDI cannot read past, or when {@link EdifactLimits#maxFaults()} are found.
 */
public final class InterchangeReader {

    /** Receives the segments of an interchange in order; it may add faults of its own. */
    public interface Handler {

        default void interchangeHeader(Segment unb) {
        }

        /** A message starts; {@code supported} says whether Caravan has a schema for its type and version. */
        default void messageHeader(Segment unh, String type, String version, boolean supported) {
        }

        /** A segment inside a message, header and trailer excluded. */
        void segment(Segment segment);

        default void messageTrailer(Segment unt) {
        }

        default void interchangeTrailer(Segment unz) {
        }
    }

    private final EdifactLimits limits;
    private final List<MessageSeen> messages = new ArrayList<>();

    public InterchangeReader(EdifactLimits limits) {
        this.limits = limits;
    }

    /** The messages met in the last read, in order. */
    public List<MessageSeen> messages() {
        return List.copyOf(messages);
    }

    public List<SyntaxFault> read(InputStream in, Handler handler, Faults faults) {
        try (Reading reading = open(in, handler, faults)) {
            while (reading.step()) {
                // each step hands one segment to the handler
            }
            return reading.faults();
        }
    }

    /**
     * A read the caller advances segment by segment, so what the handler maps can be pulled
     * one piece at a time (a manifest's consignments into a filing) instead of collected.
     */
    public Reading open(InputStream in, Handler handler, Faults faults) {
        return new Reading(in, handler, faults);
    }

    /** One interchange being read; {@link #step()} reads up to the end of the next segment. */
    public final class Reading implements AutoCloseable {

        private final Handler handler;
        private final Faults faults;
        private final Cursor cursor = new Cursor();
        private EDIStreamReader reader;
        private boolean done;

        private Reading(InputStream in, Handler handler, Faults faults) {
            this.handler = handler;
            this.faults = faults;
            EDIInputFactory factory = EDIInputFactory.newFactory();
            factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, true);
            try {
                reader = factory.createEDIStreamReader(in, "UTF-8");
            } catch (EDIStreamException e) {
                fail(SyntaxCodes.INVALID_SERVICE_CHARACTERS, reason(e));
            } catch (RuntimeException e) {
                fail(SyntaxCodes.UNSPECIFIED, "unreadable here: " + reason(e));
            }
        }

        /** Reads through the end of the next segment; false once the interchange is read or unreadable. */
        public boolean step() {
            if (done) {
                return false;
            }
            try {
                while (!faults.full() && reader.hasNext()) {
                    EDIStreamEvent event = reader.next();
                    switch (event) {
                        case START_SEGMENT -> cursor.startSegment(reader.getText(), limits, faults);
                        case START_COMPOSITE -> cursor.inComposite = true;
                        case END_COMPOSITE -> cursor.inComposite = false;
                        case ELEMENT_DATA -> cursor.element(reader.getText(), reader.getLocation(), limits, faults);
                        case END_SEGMENT -> {
                            endSegment(reader, cursor, handler, faults);
                            return true;
                        }
                        case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR ->
                            validationFault(reader, cursor, faults);
                        default -> {
                            // interchange, group, transaction and loop boundaries: segments carry all we need
                        }
                    }
                }
            } catch (EDIStreamException e) {
                fail(SyntaxCodes.INVALID_SERVICE_CHARACTERS, reason(e));
                return false;
            } catch (RuntimeException e) {
                // StAEDI refuses some malformed input with unchecked exceptions; the partner gets a position, not a 500
                fail(SyntaxCodes.UNSPECIFIED, "unreadable here: " + reason(e));
                return false;
            }
            finish();
            return false;
        }

        /** Every fault found so far; complete once {@link #step()} has returned false. */
        public List<SyntaxFault> faults() {
            return faults.list();
        }

        private void fail(String code, String reason) {
            faults.add(cursor.fault(code, reason));
            finish();
        }

        private void finish() {
            if (!done && cursor.segments == 0 && faults.isEmpty()) {
                faults.add(new SyntaxFault(0, 0, null, 0, 0, SyntaxCodes.MISSING, "the body holds no interchange"));
            }
            done = true;
        }

        @Override
        public void close() {
            done = true;
            if (reader != null) {
                try {
                    reader.close();
                } catch (IOException e) {
                    // the body is read or abandoned; nothing is left to report
                }
            }
        }
    }

    private void endSegment(EDIStreamReader reader, Cursor cursor, Handler handler, Faults faults) {
        Segment segment = cursor.endSegment();
        switch (segment.tag()) {
            case "UNA" -> {
                // service string advice: StAEDI applies the separators itself
            }
            case "UNB" -> handler.interchangeHeader(segment);
            case "UNH" -> {
                String type = segment.value(2, 1);
                String version = segment.value(2, 2) + ":" + segment.value(2, 3) + ":" + segment.value(2, 4);
                messages.add(new MessageSeen(segment.value(1), type, segment.value(2, 2), segment.value(2, 3),
                        segment.value(2, 4), segment.position(), 0));
                var schema = MessageSchemas.instance().forMessage(type, version);
                schema.ifPresent(reader::setTransactionSchema);
                if (schema.isEmpty()) {
                    faults.add(segment.fault(2, 1, SyntaxCodes.VALUE_NOT_SUPPORTED, "message " + type + " " + version
                            + " is not one of Caravan's messages: " + MessageSchemas.supported()));
                }
                handler.messageHeader(segment, type, version, schema.isPresent());
            }
            case "UNT" -> {
                handler.messageTrailer(segment);
                cursor.messageSegment = 0;
                if (!messages.isEmpty()) {
                    messages.set(messages.size() - 1, messages.get(messages.size() - 1).ended(segment.position()));
                }
            }
            case "UNZ" -> handler.interchangeTrailer(segment);
            case "UNG", "UNE" -> {
                // functional groups carry nothing Caravan maps
            }
            default -> handler.segment(segment);
        }
    }

    private static void validationFault(EDIStreamReader reader, Cursor cursor, Faults faults) {
        EDIStreamValidationError error = reader.getErrorType();
        if (error == EDIStreamValidationError.SEGMENT_HAS_DATA_ELEMENT_ERRORS) {
            return; // each element error is reported on its own
        }
        Location at = reader.getLocation();
        String tag = reader.getEventType() == EDIStreamEvent.SEGMENT_ERROR ? reader.getText() : cursor.tag;
        int element = Math.max(at.getElementPosition(), 0);
        int component = Math.max(at.getComponentPosition(), 0);
        String text = SyntaxCodes.describe(error);
        if (reader.getEventType() == EDIStreamEvent.SEGMENT_ERROR) {
            // raised on reading the tag of the segment at fault, before its START_SEGMENT: it is the next one
            int segment = at.getSegmentPosition() > 0 ? at.getSegmentPosition() : cursor.segments + 1;
            int inMessage = cursor.messageSegment > 0 ? cursor.messageSegment + (segment - cursor.segments) : 0;
            faults.add(new SyntaxFault(segment, inMessage, tag, 0, 0, SyntaxCodes.of(error), text));
            return;
        }
        faults.add(new SyntaxFault(cursor.segments, cursor.messageSegment, cursor.tag, element, component,
                SyntaxCodes.of(error), text));
    }

    private static String reason(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.length() > 300 ? message.substring(0, 300) : message;
    }

    /** Where the reader is, and the segment being assembled. */
    private static final class Cursor {

        int segments;
        int messageSegment;
        String tag;
        boolean inComposite;
        List<List<String>> elements = new ArrayList<>();

        void startSegment(String name, EdifactLimits limits, Faults faults) {
            segments++;
            tag = name;
            elements = new ArrayList<>(8);
            inComposite = false;
            if ("UNH".equals(name)) {
                messageSegment = 1;
            } else if (messageSegment > 0) {
                messageSegment++;
            }
            if (segments > limits.maxSegments()) {
                faults.add(fault(SyntaxCodes.TOO_MANY_REPETITIONS, "more than " + limits.maxSegments()
                        + " segments in one interchange"));
                faults.stop();
            }
        }

        void element(String text, Location at, EdifactLimits limits, Faults faults) {
            int element = Math.max(at.getElementPosition(), 1);
            int component = inComposite ? Math.max(at.getComponentPosition(), 1) : 1;
            if (text.length() > limits.maxElementLength()) {
                faults.add(new SyntaxFault(segments, messageSegment, tag, element, component, SyntaxCodes.TOO_LONG,
                        "longer than " + limits.maxElementLength() + " characters"));
                return;
            }
            if (element > limits.maxElementsPerSegment() || component > limits.maxComponentsPerElement()) {
                faults.add(new SyntaxFault(segments, messageSegment, tag, element, component,
                        SyntaxCodes.TOO_MANY_CONSTITUENTS, "more elements or components than Caravan reads"));
                return;
            }
            while (elements.size() < element) {
                elements.add(null);
            }
            List<String> components = elements.get(element - 1);
            if (components == null) {
                components = new ArrayList<>(2);
                elements.set(element - 1, components);
            }
            while (components.size() < component - 1) {
                components.add(null);
            }
            if (components.size() == component - 1) {
                components.add(text);
            }
            // a repeated element keeps its first occurrence: no message Caravan reads repeats one
        }

        Segment endSegment() {
            return new Segment(tag, segments, messageSegment, elements);
        }

        SyntaxFault fault(String code, String message) {
            return new SyntaxFault(segments, messageSegment, tag, 0, 0, code, message);
        }
    }
}
