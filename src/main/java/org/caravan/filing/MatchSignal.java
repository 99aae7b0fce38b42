package org.caravan.filing;

/** A discrepancy between a manifest line and the platform's order, found by three-way matching. */
public record MatchSignal(Kind kind, String detail) {

    public enum Kind {
        ORDER_NOT_FOUND, VALUE_MISMATCH, CONSIGNEE_MISMATCH, ITEMS_MISMATCH, DESTINATION_MISMATCH, PAYMENT_MISMATCH
    }

    public String encode() {
        return kind.name() + ":" + detail.replace(';', ',');
    }

    public static MatchSignal decode(String encoded) {
        int colon = encoded.indexOf(':');
        return new MatchSignal(Kind.valueOf(encoded.substring(0, colon)), encoded.substring(colon + 1));
    }
}
