package org.caravan.common;

import java.util.OptionalInt;

/**
 * One problem with one field of a request. {@code pointer} is a JSON pointer into
 * the body (RFC 6901), or {@code header:<name>} for a request header. {@code line} is the
 * 1-based line of a JSON Lines body the field is on, so a filer of a large body finds it.
 */
public record Violation(String pointer, String code, String message, OptionalInt line) {

    public Violation(String pointer, String code, String message) {
        this(pointer, code, message, OptionalInt.empty());
    }

    public Violation atLine(int number) {
        return new Violation(pointer, code, message, OptionalInt.of(number));
    }

    public Violation at(String newPointer) {
        return new Violation(newPointer, code, message, line);
    }
}
