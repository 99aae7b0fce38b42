package org.caravan.risk.internal.signals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The recent parcels of each consignee below the threshold, in memory: a sliding window
 * per consignee that forgets parcels older than the window, its oldest parcels past a
 * count, and the consignees seen least recently past a number, so memory stays bounded
 * however many people receive parcels.
 */
final class ConsigneeWindow {

    /** A parcel as the window remembers it; {@code value} in the threshold's currency. */
    record Parcel(String trackingNumber, Instant filedAt, BigDecimal value, UUID courier, Optional<String> platform) {
    }

    private final Duration window;
    private final int maxPerConsignee;
    private final Map<String, ArrayDeque<Parcel>> byConsignee;

    ConsigneeWindow(Duration window, int maxConsignees, int maxPerConsignee) {
        this.window = window;
        this.maxPerConsignee = maxPerConsignee;
        this.byConsignee = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ArrayDeque<Parcel>> eldest) {
                return size() > maxConsignees;
            }
        };
    }

    /**
     * Adds the parcel (once, however often it is screened) and returns the consignee's
     * parcels within the window before it, it included.
     */
    synchronized List<Parcel> add(String consignee, Parcel parcel) {
        ArrayDeque<Parcel> parcels = byConsignee.computeIfAbsent(consignee, k -> new ArrayDeque<>(4));
        Instant from = parcel.filedAt().minus(window);
        // older than the window of the newest parcel: no parcel screened later can count it
        Instant forgotten = newest(parcels, parcel.filedAt()).minus(window);
        boolean known = false;
        for (Iterator<Parcel> it = parcels.iterator(); it.hasNext();) {
            Parcel p = it.next();
            if (p.filedAt().isBefore(forgotten)) {
                it.remove();
            } else if (p.trackingNumber().equals(parcel.trackingNumber())) {
                known = true;
            }
        }
        if (!known) {
            if (parcels.size() == maxPerConsignee) {
                parcels.removeFirst();
            }
            parcels.addLast(parcel);
        }
        List<Parcel> within = new ArrayList<>(parcels.size());
        for (Parcel p : parcels) {
            if (!p.filedAt().isBefore(from) && !p.filedAt().isAfter(parcel.filedAt())) {
                within.add(p);
            }
        }
        return within;
    }

    synchronized int consignees() {
        return byConsignee.size();
    }

    synchronized int parcels() {
        return byConsignee.values().stream().mapToInt(ArrayDeque::size).sum();
    }

    private static Instant newest(ArrayDeque<Parcel> parcels, Instant atLeast) {
        Instant newest = atLeast;
        for (Parcel p : parcels) {
            if (p.filedAt().isAfter(newest)) {
                newest = p.filedAt();
            }
        }
        return newest;
    }
}
