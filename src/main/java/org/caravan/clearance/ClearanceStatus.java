package org.caravan.clearance;

/** Where a clearance case stands, with the plain-language explanation consumers see. */
public enum ClearanceStatus {
    RELEASED_PRE_ARRIVAL("Cleared by customs before arrival; no duties are due."),
    PAYMENT_REQUIRED("Customs duties and taxes are due before release."),
    SELECTED_FOR_INSPECTION("Selected by customs for inspection when the parcel arrives."),
    HELD_FOR_DOCUMENTS("Customs need documents before release; the courier will contact the recipient."),
    RELEASED("Released by customs."),
    SEIZED("Refused by customs: the goods may not be imported.");

    private final String explanation;

    ClearanceStatus(String explanation) {
        this.explanation = explanation;
    }

    public String explanation() {
        return explanation;
    }

    public boolean isFinal() {
        return this == RELEASED || this == SEIZED;
    }
}
