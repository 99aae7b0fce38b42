package org.caravan.reference;

import java.util.Locale;

/**
 * A screened name that matches a watchlist entry.
 *
 * @param listedName the entry's primary name
 * @param matchedName the entry's name that matched: the primary name, an alias or the original-script name
 * @param score how well the names agree, from the threshold up to 1
 */
public record WatchlistHit(String list, String listedName, String reference, String matchedName, double score) {

    public boolean viaAlias() {
        return !matchedName.equals(listedName);
    }

    /** Why the name was flagged, e.g. "consignee 'Ivanov I.' matches UN list entry KPi.033 alias 'Ivan Ivanov' (0.93)". */
    public String reason(String role, String screenedName) {
        return role + " '" + screenedName + "' matches " + list + " list entry " + reference
                + (viaAlias() ? " alias '" + matchedName + "' of '" + listedName + "'" : " '" + matchedName + "'")
                + String.format(Locale.ROOT, " (%.2f)", score);
    }
}
