package org.caravan.tracking.internal.webhooks;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every event type a party may subscribe to, as its CloudEvents {@code type}. A new kind of
 * event is added here and published through {@link WebhookFanOut}; subscription validation,
 * the docs check and the delivery path need nothing else.
 */
public enum WebhookEventType {

    /** A consignment's pre-arrival decision: released, payment required, selected, held. */
    CONSIGNMENT_DECIDED("org.caravan.consignment.decided"),
    /** A case moved on after its decision: arrival, an inspection or documentary check result. */
    CONSIGNMENT_STATUS_CHANGED("org.caravan.consignment.status-changed"),
    /** The courier's report of the last mile: out for delivery, delivered, refused, returned. */
    CONSIGNMENT_FINAL_MILE("org.caravan.consignment.final-mile");

    private final String type;

    WebhookEventType(String type) {
        this.type = type;
    }

    public String type() {
        return type;
    }

    public static Optional<WebhookEventType> of(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }
}
