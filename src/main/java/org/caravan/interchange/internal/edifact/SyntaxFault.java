package org.caravan.interchange.internal.edifact;

/**
 * One fault in an interchange, where a partner finds it: the segment's position in the
 * interchange and in its message, its tag, the element and component positions (0 when the
 * whole segment is at fault) and the UN/EDIFACT syntax error code (data element 0085).
 */
public record SyntaxFault(int segment, int messageSegment, String tag, int element, int component, String code,
        String message) {

    /** The fault as a line a partner acts on, e.g. {@code segment 7 (NAD) element 3: ...}. */
    public String describe() {
        StringBuilder where = new StringBuilder("segment ").append(segment);
        if (tag != null) {
            where.append(" (").append(tag).append(')');
        }
        if (element > 0) {
            where.append(" element ").append(element);
            if (component > 0) {
                where.append(" component ").append(component);
            }
        }
        return where + ": " + message + " [" + code + "]";
    }
}
