package org.caravan.interchange.internal.edifact;

import java.util.List;

/**
 * One segment as read: its tag, its position in the interchange (UNB is 1) and in its
 * message (UNH is 1, as CONTRL counts), and its elements, each a list of components.
 */
public record Segment(String tag, int position, int messagePosition, List<List<String>> elements) {

    /** The text of an element's component (both 1-based), or null when absent or empty. */
    public String value(int element, int component) {
        if (element > elements.size()) {
            return null;
        }
        List<String> components = elements.get(element - 1);
        if (components == null || component > components.size()) {
            return null;
        }
        String text = components.get(component - 1);
        return text == null || text.isEmpty() ? null : text;
    }

    public String value(int element) {
        return value(element, 1);
    }

    /** A fault in this segment, at an element and component (0 when the segment as a whole is at fault). */
    public SyntaxFault fault(int element, int component, String code, String message) {
        return new SyntaxFault(position, messagePosition, tag, element, component, code, message);
    }

    /** Text spread over the components of one element (35 characters each), joined back; null when empty. */
    public String joined(int element) {
        StringBuilder text = new StringBuilder();
        for (int c = 1; c <= 5; c++) {
            String part = value(element, c);
            if (part != null) {
                text.append(part);
            }
        }
        return text.isEmpty() ? null : text.toString();
    }

    /** A number with the point as decimal mark, as the API's decimal strings have it (UNA may declare a comma). */
    public static String decimal(String value) {
        return value == null ? null : value.replace(',', '.');
    }
}
