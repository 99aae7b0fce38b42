package org.caravan.common.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Runs a query whose {@code IN} list may be as long as a manifest, one bounded chunk at
 * a time: every value is a bind parameter, PostgreSQL takes at most 65,535 of them per
 * statement, and short lists keep the statement shapes few enough for the plan caches.
 */
public final class ChunkedIn {

    public static final int CHUNK = 500;

    private ChunkedIn() {
    }

    /** The rows {@code query} finds for each chunk of {@code values}, in chunk order. */
    public static <T, R> List<R> query(Collection<T> values, Function<List<T>, List<R>> query) {
        return query(values, CHUNK, query);
    }

    static <T, R> List<R> query(Collection<T> values, int chunk, Function<List<T>, List<R>> query) {
        List<T> all = List.copyOf(values);
        List<R> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += chunk) {
            found.addAll(query.apply(all.subList(from, Math.min(all.size(), from + chunk))));
        }
        return found;
    }
}
