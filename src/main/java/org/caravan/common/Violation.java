package org.caravan.common;

/**
 * One problem with one field of a request. {@code pointer} is a JSON pointer into
 * the body (RFC 6901), or {@code header:<name>} for a request header.
 */
public record Violation(String pointer, String code, String message) {
}
