package org.caravan.risk.internal;

/**
 * A fact about a consignment that code finds (a watchlist hit, a unit price far below its
 * peers, a model's fraud probability); what it weighs is for the risk profile to say.
 *
 * @param name the signal's name, as a profile refers to it ({@code undervaluation}, {@code splitting})
 * @param reason the plain text an officer reads in the case
 * @param strength how strongly the signal holds, from 0 to 1; 1 for a plain yes
 */
public record RiskSignal(String name, String reason, double strength) {

    public RiskSignal {
        if (!(strength >= 0 && strength <= 1)) {
            throw new IllegalArgumentException("strength must be between 0 and 1, not " + strength);
        }
    }

    public RiskSignal(String name, String reason) {
        this(name, reason, 1);
    }
}
