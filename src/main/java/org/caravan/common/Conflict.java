package org.caravan.common;

import java.util.List;

/** A request that contradicts what is already recorded; rendered as 409. */
public class Conflict extends RuntimeException {

    private final String problemType;
    private final List<Violation> violations;

    public Conflict(String problemType, String message, List<Violation> violations) {
        super(message);
        this.problemType = problemType;
        this.violations = List.copyOf(violations);
    }

    public Conflict(String problemType, String message) {
        this(problemType, message, List.of());
    }

    public String problemType() {
        return problemType;
    }

    public List<Violation> violations() {
        return violations;
    }
}
