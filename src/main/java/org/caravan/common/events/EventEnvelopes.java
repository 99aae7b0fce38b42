package org.caravan.common.events;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;

/**
 * The CloudEvents 1.0 envelope of every record Caravan writes to Kafka, in binary mode: the
 * attributes travel as {@code ce_} headers, the versioned JSON contract as the value. The
 * {@code type} names the contract and its version ({@code org.caravan.clearance.consignment-decided.v1}),
 * {@code dataschema} points at its description in docs/events.md, {@code subject} is the
 * consignment's tracking number.
 */
public final class EventEnvelopes {

    private static final URI SCHEMAS = URI.create("https://github.com/caravan-customs/caravan/blob/main/docs/events.md");

    private EventEnvelopes() {
    }

    /** {@code source} names the installation or administration that wrote the record (caravan:node:KZ). */
    public static CloudEvent envelope(String type, String source, String subject, Instant time, String contentType,
            byte[] data) {
        return CloudEventBuilder.v1().withId(UUID.randomUUID().toString()).withType(type)
                .withSource(URI.create(source)).withSubject(subject).withTime(time.atOffset(ZoneOffset.UTC))
                .withDataContentType(contentType).withDataSchema(SCHEMAS.resolve("#" + anchor(type)))
                .withData(data).build();
    }

    public static CloudEvent json(String type, String source, String subject, Instant time, byte[] data) {
        return envelope(type, source, subject, time, "application/json", data);
    }

    /** The contract's heading in docs/events.md: its type with the dots as dashes. */
    static String anchor(String type) {
        return type.replace('.', '-');
    }

    /** The data of a record, empty when it has none. */
    public static byte[] data(CloudEvent event) {
        return event.getData() == null ? new byte[0] : event.getData().toBytes();
    }
}
