package org.caravan.monitoring;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * What to measure: the jurisdictions (empty for all; the web layer narrows it to what the
 * caller may see), optionally one trade lane (e.g. CN-KZ) and one HS section (I to XXI),
 * the UTC days {@code from} to {@code to} inclusive, grouped by {@code granularity}.
 */
public record Query(Set<String> jurisdictions, Optional<String> lane, Optional<String> hsSection, LocalDate from,
        LocalDate to, Granularity granularity) {

    public Query {
        jurisdictions = Set.copyOf(jurisdictions);
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
    }
}
