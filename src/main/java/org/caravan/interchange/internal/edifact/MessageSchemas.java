package org.caravan.interchange.internal.edifact;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;

/**
 * Caravan's message schemas by message type and version. StAEDI ships only the envelope;
 * each message's transaction is in {@code interchange/edifact/<TYPE>.xml} and shares the
 * segment and element definitions of {@code segments.xml}, spliced in where it says
 * {@code @ELEMENTS@} (the schema format has no include).
 */
public final class MessageSchemas {

    /** The message versions Caravan reads and writes, as {@code directory:release:agency} of UNH S009. */
    private static final Map<String, Set<String>> VERSIONS = Map.of(
            "CUSCAR", Set.of("D:96B:UN", "D:99B:UN"),
            "CUSDEC", Set.of("D:96B:UN", "D:99B:UN"),
            "CONTRL", Set.of("D:3:UN"),
            "CUSRES", Set.of("D:99B:UN"),
            "IFTSTA", Set.of("D:99B:UN"));

    private static final MessageSchemas INSTANCE = new MessageSchemas();

    /** StAEDI lists every unused type of a schema at INFO; held here so the setting is not collected. */
    private static final java.util.logging.Logger STAEDI_LOG = java.util.logging.Logger.getLogger("io.xlate.edi");

    static {
        STAEDI_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private final Map<String, Schema> loaded = new ConcurrentHashMap<>();

    private MessageSchemas() {
    }

    public static MessageSchemas instance() {
        return INSTANCE;
    }

    public static boolean supports(String type, String version) {
        return VERSIONS.getOrDefault(type, Set.of()).contains(version);
    }

    public static String supported() {
        return VERSIONS.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " " + String.join(", ", e.getValue().stream().sorted().toList()))
                .reduce((a, b) -> a + "; " + b).orElse("");
    }

    public Optional<Schema> forMessage(String type, String version) {
        if (!supports(type, version)) {
            return Optional.empty();
        }
        return Optional.of(loaded.computeIfAbsent(type, MessageSchemas::load));
    }

    private static Schema load(String type) {
        String transaction = resource(type + ".xml");
        String segments = resource("segments.xml");
        byte[] schema = transaction.replace("@ELEMENTS@", segments).getBytes(StandardCharsets.UTF_8);
        try {
            return SchemaFactory.newFactory().createSchema(new ByteArrayInputStream(schema));
        } catch (EDISchemaException e) {
            throw new IllegalStateException("Message schema " + type + " does not load: " + e.getMessage(), e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = MessageSchemas.class.getResourceAsStream("/interchange/edifact/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing message schema resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
