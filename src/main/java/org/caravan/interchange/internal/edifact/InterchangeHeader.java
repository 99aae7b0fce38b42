package org.caravan.interchange.internal.edifact;

/** What UNB says of an interchange: who sent it, to whom, and its control reference. */
public record InterchangeHeader(String syntax, String sender, String recipient, String controlReference) {

    static InterchangeHeader of(Segment unb) {
        return new InterchangeHeader(unb.value(1, 1), unb.value(2, 1), unb.value(3, 1), unb.value(5));
    }
}
