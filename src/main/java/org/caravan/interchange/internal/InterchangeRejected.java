package org.caravan.interchange.internal;

import java.util.List;

/**
 * An interchange or declaration refused whole, nothing from it stored: each fault with its
 * position, and for EDIFACT the CONTRL report that says the same to the partner's software.
 */
public class InterchangeRejected extends RuntimeException {

    /** One fault: where (segment and element, or an XPath), its code and what is wrong. */
    public record Fault(Integer segment, String tag, Integer element, Integer component, String xpath, String pointer,
            String code, String message) {
    }

    private final boolean malformed;
    private final List<Fault> faults;
    private final String acknowledgement;

    public InterchangeRejected(boolean malformed, String summary, List<Fault> faults, String acknowledgement) {
        super(summary);
        this.malformed = malformed;
        this.faults = List.copyOf(faults);
        this.acknowledgement = acknowledgement;
    }

    /** True when the syntax or the schema refuses it (400); false when its content fails validation (422). */
    public boolean malformed() {
        return malformed;
    }

    public List<Fault> faults() {
        return faults;
    }

    public String acknowledgement() {
        return acknowledgement;
    }
}
