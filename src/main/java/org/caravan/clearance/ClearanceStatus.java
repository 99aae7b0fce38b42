package org.caravan.clearance;

/** Where a clearance case stands, with the plain-language explanation consumers see. */
public enum ClearanceStatus {
    RELEASED_PRE_ARRIVAL("RPA", "Cleared by customs before arrival; no duties are due."),
    PAYMENT_REQUIRED("PAY", "Customs duties and taxes are due before release."),
    SELECTED_FOR_INSPECTION("INS", "Selected by customs for inspection when the parcel arrives."),
    HELD_FOR_DOCUMENTS("DOC", "Customs need documents before release; the courier will contact the recipient."),
    RELEASED("REL", "Released by customs."),
    SEIZED("SEZ", "Refused by customs: the goods may not be imported.");

    private final String statusCode;
    private final String explanation;

    ClearanceStatus(String statusCode, String explanation) {
        this.statusCode = statusCode;
        this.explanation = explanation;
    }

    /**
     * The three-letter code of this status in CUSRES (GIS 7365) and IFTSTA (STS 4405), the one
     * table partners and the consumer's timeline share (docs/edifact/CUSRES.md).
     */
    public String statusCode() {
        return statusCode;
    }

    public String explanation() {
        return explanation;
    }

    public boolean isFinal() {
        return this == RELEASED || this == SEIZED;
    }
}
