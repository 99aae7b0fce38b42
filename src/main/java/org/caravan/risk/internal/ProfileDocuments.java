package org.caravan.risk.internal;

/**
 * Reads a risk profile document an administration wrote; a malformed one is refused with
 * {@link InvalidRiskProfile} naming the setting. Today's documents are the JSON of the
 * bundled profile; a parser of versioned YAML or JSON profiles replaces this one.
 */
public interface ProfileDocuments {

    RiskProfile read(String document);
}
