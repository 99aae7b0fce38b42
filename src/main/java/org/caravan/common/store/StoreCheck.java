package org.caravan.common.store;

import java.util.List;

/**
 * One module's consistency rules over its own tables: what must hold after any crash if
 * nothing acknowledged was lost and nothing was half-stored. Each finding is a sentence an
 * operator can act on; none means the tables are consistent.
 */
public interface StoreCheck {

    List<String> findings();
}
