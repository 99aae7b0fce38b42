package org.caravan.exchange.internal.corridor;

import java.util.List;

/**
 * Messages to send to administration {@code to} once the transaction that decided them has
 * committed; through the event publication registry, so a stop before Kafka acknowledged them
 * sends them again. {@code transit} is the event a TRANSIT_EVENT message carries.
 */
record PassagesDue(CorridorMessage.Kind kind, String to, List<String> trackingNumbers,
        CorridorMessage.TransitEvent transit) {
}
