package org.caravan.risk.internal;

import java.util.List;

/** A compiled condition of a rule's {@code when}, over the whole consignment. */
@FunctionalInterface
interface Condition {

    boolean holds(Screened s);

    /** A condition on one goods line; the item conditions of one rule must all hold on the same line. */
    @FunctionalInterface
    interface OnItem {

        boolean holds(Screened s, int item);
    }

    static Condition allOf(List<Condition> conditions, List<OnItem> onItem) {
        Condition[] whole = conditions.toArray(Condition[]::new);
        OnItem[] line = onItem.toArray(OnItem[]::new);
        return s -> {
            for (Condition c : whole) {
                if (!c.holds(s)) {
                    return false;
                }
            }
            return line.length == 0 || anyItem(s, line);
        };
    }

    private static boolean anyItem(Screened s, OnItem[] conditions) {
        int items = s.consignment().items().size();
        next:
        for (int i = 0; i < items; i++) {
            for (OnItem c : conditions) {
                if (!c.holds(s, i)) {
                    continue next;
                }
            }
            return true;
        }
        return false;
    }
}
