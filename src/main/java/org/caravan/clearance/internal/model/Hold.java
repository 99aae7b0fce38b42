package org.caravan.clearance.internal.model;

/** Why a case waits for an officer although no risk rule asked for it. */
public record Hold(Reason reason, String explanation) {

    public enum Reason {
        /** No regime for courier consignments is in force on the date: a full declaration is needed. */
        NO_REGIME_IN_FORCE,
        /** The regime counts a monthly allowance per recipient, and the recipient is not identified. */
        RECIPIENT_UNIDENTIFIED,
        /** A charge is due but the regime's rate is not confirmed by a source: an officer assesses it. */
        CHARGE_NOT_CONFIRMED,
        /** An item quotes a permit the registry does not confirm: unknown, revoked, expired, not covering it or used up. */
        PERMIT_NOT_VALID
    }
}
