package org.caravan.monitoring;

import java.util.List;
import java.util.Set;

/** The pilot's measures of success, read from monitoring's rollups (definitions in docs/monitoring.md). */
public interface PilotMeasures {

    /** The measures of each period of the query's range, and over the whole range. */
    Report report(Query query);

    /** The trade lanes with anything measured in {@code jurisdictions} (empty for all), sorted. */
    List<String> lanes(Set<String> jurisdictions);

    /** The HS sections with anything measured in {@code jurisdictions} (empty for all), sorted. */
    List<String> sections(Set<String> jurisdictions);
}
