package org.caravan.tracking.internal.webhooks;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

/**
 * One event as every subscriber receives it: a CloudEvents 1.0 structured-mode JSON document.
 *
 * <p>The envelope is written with the service's own {@link JsonMapper} (Jackson 3) rather than
 * {@code cloudevents-json-jackson}, which is built on Jackson 2: a second Jackson on the class
 * path for six attributes is not worth it, and {@code WebhookDeliveryTest} pins the attributes
 * the specification requires.
 */
public record WebhookEvent(UUID id, WebhookEventType type, String subject, Instant time, String source,
        Map<String, Object> data) {

    static final String CONTENT_TYPE = "application/cloudevents+json; charset=utf-8";

    /**
     * The id is a name-based UUID of what happened, never of when it was noticed: the same
     * clearance event redelivered by the registry, or replayed, keeps its id.
     */
    static UUID idOf(WebhookEventType type, String trackingNumber, String jurisdiction, String status, Instant at) {
        return UUID.nameUUIDFromBytes(String.join("|", type.type(), trackingNumber, jurisdiction, status, at.toString())
                .getBytes(StandardCharsets.UTF_8));
    }

    public String toJson(JsonMapper json) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("specversion", "1.0");
        envelope.put("id", id.toString());
        envelope.put("source", source);
        envelope.put("type", type.type());
        envelope.put("subject", subject);
        envelope.put("time", time.toString());
        envelope.put("datacontenttype", "application/json");
        envelope.put("data", data);
        return json.writeValueAsString(envelope);
    }
}
