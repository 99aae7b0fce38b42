package org.caravan.risk.internal;

/** The risk profile cannot be applied; the message names the offending setting. Stops start-up. */
public class InvalidRiskProfile extends RuntimeException {

    public InvalidRiskProfile(String message) {
        super(message);
    }
}
