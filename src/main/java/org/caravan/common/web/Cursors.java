package org.caravan.common.web;

import org.caravan.common.InvalidInput;
import org.caravan.common.Violation;

/** The {@code after} and {@code limit} query parameters of a cursor-paged list, checked the same way everywhere. */
public final class Cursors {

    private Cursors() {
    }

    /** The cursor to read after, once {@code after} and {@code limit} (1 to {@code maxPage}) are found sound. */
    public static long after(String after, int limit, int maxPage) {
        long cursor;
        try {
            cursor = Long.parseLong(after);
        } catch (NumberFormatException e) {
            throw new InvalidInput(new Violation("query:after", "malformed", "must be a cursor this endpoint returned"));
        }
        if (cursor < 0 || limit < 1 || limit > maxPage) {
            throw new InvalidInput(new Violation(cursor < 0 ? "query:after" : "query:limit", "out-of-range",
                    "after is at least 0; limit is 1 to " + maxPage));
        }
        return cursor;
    }
}
