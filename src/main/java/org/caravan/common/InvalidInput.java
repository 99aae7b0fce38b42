package org.caravan.common;

import java.util.List;

/** A request that fails validation; rendered as 422 problem details listing every violation. */
public class InvalidInput extends RuntimeException {

    private final List<Violation> violations;

    public InvalidInput(List<Violation> violations) {
        super(violations.size() + " invalid field(s), first: " + violations.get(0).pointer());
        this.violations = List.copyOf(violations);
    }

    public InvalidInput(Violation violation) {
        this(List.of(violation));
    }

    public List<Violation> violations() {
        return violations;
    }
}
