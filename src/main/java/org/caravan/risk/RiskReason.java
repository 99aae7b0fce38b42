package org.caravan.risk;

import java.util.Optional;

/**
 * One rule or signal that fired, with its weight, the lane it asks for at least and the
 * document, if any, the profile asks the recipient for.
 */
public record RiskReason(String rule, String detail, int score, Lane atLeast, Optional<RequestedDocument> requestDocument) {

    /** Reasons stored before documents were requested have none. */
    public RiskReason {
        requestDocument = requestDocument == null ? Optional.empty() : requestDocument;
    }

    public RiskReason(String rule, String detail, int score, Lane atLeast) {
        this(rule, detail, score, atLeast, Optional.empty());
    }
}
