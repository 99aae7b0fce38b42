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

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final EDIStreamWriter writer;
    private final String controlReference;
    private int messages;
    private int messageSegments;
    private String messageReference;

    private EdifactWriter(String controlReference) {
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
     * Starts an interchange: UNOC (Latin-1) under syntax version 3 when the text allows it,
     * else UNOY (ISO 10646, written as UTF-8) under syntax version 4, for Cyrillic names and
     * addresses. Version 4 dates the interchange with the century (CCYYMMDD).
     */
    public static EdifactWriter interchange(String sender, String recipient, String controlReference, Instant preparedAt,
            boolean beyondLatin1) {
        EdifactWriter w = new EdifactWriter(controlReference);
        try {
            // StAEDI checks the envelope it writes against its own UNB/UNH/UNT/UNZ schema
            w.writer.setControlSchema(SchemaFactory.newFactory().getControlSchema(EDIStreamConstants.Standards.EDIFACT,
                    beyondLatin1 ? new String[] {"UNOY", "4"} : new String[] {"UNOC", "3"}));
        } catch (EDISchemaException e) {
            throw new IllegalStateException("StAEDI's EDIFACT envelope schema does not load", e);
        }
        w.run(() -> {
            w.writer.startInterchange();
            w.write("UNB", beyondLatin1 ? c("UNOY", "4") : c("UNOC", "3"), c(sender), c(recipient),
                    c((beyondLatin1 ? UNB_DATE_V4 : UNB_DATE).format(preparedAt), UNB_TIME.format(preparedAt)),
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

    public String finish() {
        run(() -> {
            write("UNZ", String.valueOf(messages), controlReference);
            writer.endInterchange();
            writer.close();
        });
        return out.toString(StandardCharsets.UTF_8);
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
