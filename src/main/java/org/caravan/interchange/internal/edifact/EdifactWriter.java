package org.caravan.interchange.internal.edifact;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamConstants;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;

/**
 * Writes one interchange through StAEDI, which escapes separators in the data. Segments are
 * given as elements: a {@code String} is a simple element, a {@link #c composite} a list of
 * components, {@code null} an empty element. Counts and references of UNT and UNZ are kept here.
 */
public final class EdifactWriter {

    static final DateTimeFormatter UNB_DATE = DateTimeFormatter.ofPattern("yyMMdd").withZone(ZoneOffset.UTC);
    static final DateTimeFormatter UNB_DATE_V4 = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
    static final DateTimeFormatter UNB_TIME = DateTimeFormatter.ofPattern("HHmm").withZone(ZoneOffset.UTC);
    /** DTM format 204: CCYYMMDDHHMMSS, in UTC. */
    public static final DateTimeFormatter FORMAT_204 = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private final java.io.OutputStream out;
    private final EDIStreamWriter writer;
    private final String controlReference;
    private int messages;
    private int messageSegments;
    private String messageReference;

    private EdifactWriter(java.io.OutputStream out, String controlReference) {
        this.out = out;
        EDIOutputFactory factory = EDIOutputFactory.newFactory();
        factory.setProperty(EDIOutputFactory.PRETTY_PRINT, true);
        try {
            this.writer = factory.createEDIStreamWriter(out, "UTF-8");
        } catch (EDIStreamException e) {
            throw new IllegalStateException("UTF-8 is not supported", e);
        }
        this.controlReference = controlReference;
    }

    /**
     * Starts an interchange: UNOC (Latin-1) under syntax version 3 when it can be, else
     * syntax version 4: UNOY (ISO 10646, written as UTF-8) for Cyrillic names and addresses,
     * and UNOC:4 for messages of a million segments or more, which only version 4 can count
     * in UNT (n..10 instead of n..6). Version 4 dates the interchange with the century.
     */
    public static EdifactWriter interchange(String sender, String recipient, String controlReference, Instant preparedAt,
            boolean beyondLatin1) {
        return interchange(new ByteArrayOutputStream(), sender, recipient, controlReference, preparedAt,
                beyondLatin1 ? Syntax.UNOY_4 : Syntax.UNOC_3);
    }

    /** The character repertoire and syntax version of an interchange. */
    public enum Syntax {
        UNOC_3("UNOC", "3"), UNOC_4("UNOC", "4"), UNOY_4("UNOY", "4");

        final String repertoire;
        final String version;

        Syntax(String repertoire, String version) {
            this.repertoire = repertoire;
            this.version = version;
        }

        /** The syntax a message of about {@code segments} segments with this text needs. */
        public static Syntax forMessage(boolean beyondLatin1, long segments) {
            return beyondLatin1 ? UNOY_4 : segments >= 999_999 ? UNOC_4 : UNOC_3;
        }
    }

    /** An interchange written to {@code out} as it goes, for manifests too large to hold. */
    public static EdifactWriter interchange(java.io.OutputStream out, String sender, String recipient,
            String controlReference, Instant preparedAt, Syntax syntax) {
        EdifactWriter w = new EdifactWriter(out, controlReference);
        try {
            // StAEDI checks the envelope it writes against its own UNB/UNH/UNT/UNZ schema
            w.writer.setControlSchema(SchemaFactory.newFactory().getControlSchema(EDIStreamConstants.Standards.EDIFACT,
                    new String[] {syntax.repertoire, syntax.version}));
        } catch (EDISchemaException e) {
            throw new IllegalStateException("StAEDI's EDIFACT envelope schema does not load", e);
        }
        w.run(() -> {
            w.writer.startInterchange();
            w.write("UNB", c(syntax.repertoire, syntax.version), c(sender), c(recipient),
                    c((syntax == Syntax.UNOC_3 ? UNB_DATE : UNB_DATE_V4).format(preparedAt), UNB_TIME.format(preparedAt)),
                    controlReference);
        });
        return w;
    }

    /** A composite element of the given components; null ones are left empty. */
    public static List<String> c(String... components) {
        return Arrays.asList(components);
    }

    public EdifactWriter startMessage(String reference, String type, String directory, String release) {
        messages++;
        messageSegments = 0;
        messageReference = reference;
        return segment("UNH", reference, c(type, directory, release, "UN"));
    }

    public EdifactWriter endMessage() {
        messageSegments++;
        run(() -> write("UNT", String.valueOf(messageSegments), messageReference));
        messageReference = null;
        return this;
    }

    public EdifactWriter segment(String tag, Object... elements) {
        messageSegments++;
        run(() -> write(tag, elements));
        return this;
    }

    /** Ends the interchange; its text when it was written in memory, else null. */
    public String finish() {
        run(() -> {
            write("UNZ", String.valueOf(messages), controlReference);
            writer.endInterchange();
            writer.close();
        });
        return out instanceof ByteArrayOutputStream bytes ? bytes.toString(StandardCharsets.UTF_8) : null;
    }

    @SuppressWarnings("unchecked")
    private void write(String tag, Object... elements) throws EDIStreamException {
        writer.writeStartSegment(tag);
        int last = elements.length;
        while (last > 0 && isEmpty(elements[last - 1])) {
            last--; // trailing empty elements are left out, as the syntax asks
        }
        for (int i = 0; i < last; i++) {
            Object element = elements[i];
            if (element instanceof List<?> composite) {
                List<String> components = (List<String>) composite;
                writer.writeStartElement();
                int lastComponent = components.size();
                while (lastComponent > 0 && isEmpty(components.get(lastComponent - 1))) {
                    lastComponent--;
                }
                for (int c = 0; c < lastComponent; c++) {
                    if (isEmpty(components.get(c))) {
                        writer.writeEmptyComponent();
                    } else {
                        writer.writeComponent(components.get(c));
                    }
                }
                writer.endElement();
            } else if (isEmpty(element)) {
                writer.writeEmptyElement();
            } else {
                writer.writeElement((String) element);
            }
        }
        writer.writeEndSegment();
    }

    private static boolean isEmpty(Object element) {
        if (element == null) {
            return true;
        }
        if (element instanceof String s) {
            return s.isEmpty();
        }
        if (element instanceof List<?> == false) {
            throw new IllegalArgumentException("An element is a String or a composite, not " + element.getClass());
        }
        for (Object component : (List<?>) element) {
            if (component != null && !((String) component).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private interface Step {
        void run() throws EDIStreamException;
    }

    private void run(Step step) {
        try {
            step.run();
        } catch (EDIStreamException e) {
            throw new IllegalStateException("Cannot write EDIFACT: " + e.getMessage(), e);
        }
    }
}
