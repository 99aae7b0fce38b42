package org.caravan.common.web;

import java.util.Comparator;
import java.util.List;

import org.caravan.common.Violation;

/**
 * A JSON Lines body rejected line by line: every problem names its line, the first
 * {@value #LISTED} are listed and the rest counted, so one answer shows a filer every bad
 * line of a large manifest without growing without bound. Unreadable lines make it a 400
 * (malformed JSON), otherwise a 422 (validation).
 */
public class RejectedLines extends RuntimeException {

    static final int LISTED = 100;

    private final boolean malformed;
    private final List<Violation> listed;

    public RejectedLines(boolean malformed, List<Violation> violations) {
        super(summary(malformed, violations));
        this.malformed = malformed;
        this.listed = violations.stream()
                .sorted(Comparator.comparingInt((Violation v) -> v.line().orElse(0)))
                .limit(LISTED).toList();
    }

    public boolean malformed() {
        return malformed;
    }

    public List<Violation> listed() {
        return listed;
    }

    private static String summary(boolean malformed, List<Violation> violations) {
        long lines = violations.stream().filter(v -> v.line().isPresent()).mapToInt(v -> v.line().getAsInt()).distinct().count();
        String summary = violations.size() + " problem(s) on " + lines + " line(s) of the JSON Lines body"
                + (malformed ? ", some of them unreadable" : "") + "; each error names its line.";
        return violations.size() <= LISTED ? summary
                : summary + " The first " + LISTED + " are listed; " + (violations.size() - LISTED) + " more are not.";
    }
}
