package org.caravan.filing;

/**
 * A signal found as a manifest line is filed: a discrepancy between the line and the
 * platform's order, found by three-way matching, or the result an administration earlier on
 * the route shared with this one.
 * {@code detail} names the order's contents and is for customs only; traders see
 * {@link #neutralDetail()}, so a courier cannot learn a platform's orders by guessing references.
 */
public record MatchSignal(Kind kind, String detail) {

    public enum Kind {
        ORDER_NOT_FOUND("no matching order of the named platform was found for this line"),
        VALUE_MISMATCH("the declared value differs from the platform's order"),
        CONSIGNEE_MISMATCH("the consignee differs from the platform's order"),
        ITEMS_MISMATCH("the items differ from the platform's order"),
        DESTINATION_MISMATCH("the destination differs from the platform's order"),
        PAYMENT_MISMATCH("the payment record does not match the platform's order"),
        /** Not a discrepancy: an administration earlier on the corridor route selected the consignment for control. */
        UPSTREAM_SELECTED("an administration earlier on the route shared its result");

        private final String neutralDetail;

        Kind(String neutralDetail) {
            this.neutralDetail = neutralDetail;
        }
    }

    /** What a courier or platform may be told: that the line disagrees, not what the order says. */
    public String neutralDetail() {
        return kind.neutralDetail;
    }

    public String encode() {
        return kind.name() + ":" + detail.replace(';', ',');
    }

    public static MatchSignal decode(String encoded) {
        int colon = encoded.indexOf(':');
        return new MatchSignal(Kind.valueOf(encoded.substring(0, colon)), encoded.substring(colon + 1));
    }
}
