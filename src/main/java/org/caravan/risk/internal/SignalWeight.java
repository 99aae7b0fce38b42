package org.caravan.risk.internal;

import java.util.Optional;

import org.caravan.risk.Lane;
import org.caravan.risk.RequestedDocument;

/**
 * What a profile makes of one named signal: its score at full strength (a graded signal,
 * such as a model's probability, scores in proportion), the lane it asks for at least and
 * a document to request.
 */
record SignalWeight(int score, Lane atLeast, Optional<RequestedDocument> requestDocument) {

    /** A signal the profile does not weigh: listed for the officer, worth nothing. */
    static final SignalWeight UNWEIGHED = new SignalWeight(0, Lane.GREEN, Optional.empty());

    int scoreAt(double strength) {
        return (int) Math.round(score * strength);
    }
}
