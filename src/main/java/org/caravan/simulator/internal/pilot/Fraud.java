package org.caravan.simulator.internal.pilot;

/**
 * What is really wrong with a simulated parcel: the ground truth the pilot is judged
 * against. The simulator knows it; Caravan sees only what is declared.
 */
public enum Fraud {
    /** Nothing: the declaration tells the truth. */
    NONE,
    /** Declared well below what was paid; on some orders the platform's price is true, on others lowered too. */
    UNDERVALUATION,
    /** Medicines or nicotine products declared under a harmless subheading. */
    MISCLASSIFICATION,
    /** One purchase above the duty-free threshold sent as several parcels below it. */
    SPLITTING,
    /** Goods barred from international post, declared as such or hidden under another description. */
    PROHIBITED,
    /** Sent by a seller on a sanctions list. */
    LISTED_PARTY,
    /** Origin declared elsewhere than where the goods were made. */
    FALSE_ORIGIN;

    public boolean fraudulent() {
        return this != NONE;
    }
}
