package org.caravan.clearance.internal.model;

import org.caravan.common.Conflict;

/**
 * A case was asked to do what its state does not allow (inspect goods that have not
 * arrived, release a seized parcel). Named by a stable problem type; rendered as 409.
 */
public class IllegalTransition extends Conflict {

    public IllegalTransition(String problemType, String message) {
        super(problemType, message);
    }
}
