package org.caravan.interchange.internal;

import java.util.Locale;
import java.util.UUID;

import org.caravan.common.Ids;

/** Control references of the interchanges Caravan sends: 13 characters at most, within the 14 of UNB 0020. */
final class ControlReferences {

    private ControlReferences() {
    }

    static String next() {
        UUID id = Ids.next();
        return Long.toUnsignedString(id.getMostSignificantBits() ^ id.getLeastSignificantBits(), 36).toUpperCase(Locale.ROOT);
    }
}
