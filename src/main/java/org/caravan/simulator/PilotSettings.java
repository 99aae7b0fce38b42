package org.caravan.simulator;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.TreeMap;

import org.caravan.simulator.internal.pilot.TradeLane;

/**
 * How a simulated pilot runs.
 *
 * @param days days on which buyers order; the pilot then runs {@code drainDays} more so parcels in flight clear
 * @param ordersPerDay checkouts a day over all lanes (a split purchase is one checkout and several parcels)
 * @param daySeconds wall-clock seconds per simulated day; 0 runs as fast as Caravan answers
 * @param officerSkill the chance an inspection finds what is really wrong with a parcel (a documentary check half that)
 * @param controlsPerShift tasks each administration's officers work per shift
 * @param fraudShare the share of checkouts with fraud injected
 */
public record PilotSettings(int days, long seed, int ordersPerDay, double daySeconds, double officerSkill, int shiftsPerDay,
        Map<String, Integer> controlsPerShift, double fraudShare, int drainDays) {

    public PilotSettings {
        if (days < 1 || days > 365) {
            throw new IllegalArgumentException("--days must be 1 to 365");
        }
        if (ordersPerDay < 1 || ordersPerDay > 100_000) {
            throw new IllegalArgumentException("--rate must be 1 to 100000 orders a day");
        }
        if (daySeconds < 0 || officerSkill < 0 || officerSkill > 1 || fraudShare < 0 || fraudShare > 1) {
            throw new IllegalArgumentException("--day-seconds must not be negative; --officer-skill and --fraud-share are shares from 0 to 1");
        }
        if (shiftsPerDay < 1 || shiftsPerDay > 4) {
            throw new IllegalArgumentException("--shifts must be 1 to 4 a day");
        }
        if (drainDays < 0 || drainDays > 60) {
            throw new IllegalArgumentException("--drain-days must be 0 to 60");
        }
        Set<String> destinations = Arrays.stream(TradeLane.values()).map(TradeLane::destination).collect(Collectors.toSet());
        for (var c : controlsPerShift.entrySet()) {
            if (!destinations.contains(c.getKey()) || c.getValue() == null || c.getValue() < 0 || c.getValue() > 100_000) {
                throw new IllegalArgumentException("--capacity takes " + new TreeSet<>(destinations)
                        + " each with 0 to 100000 controls a shift, not " + c.getKey() + "=" + c.getValue());
            }
        }
        controlsPerShift = Map.copyOf(controlsPerShift);
    }

    /** Capacity for about three parcels in twenty of each administration's daily traffic, spread over its shifts. */
    public static Map<String, Integer> capacityFor(int ordersPerDay, int shiftsPerDay) {
        Map<String, Double> daily = new TreeMap<>();
        for (TradeLane lane : TradeLane.values()) {
            daily.merge(lane.destination(), ordersPerDay * lane.share(), Double::sum);
        }
        Map<String, Integer> capacity = new TreeMap<>();
        daily.forEach((country, parcels) -> capacity.put(country, (int) Math.max(2, Math.round(parcels * 0.15 / shiftsPerDay))));
        return capacity;
    }

    /** The pilot as the demo runs it: four days of a small pilot, paced so the console fills as you watch. */
    public static PilotSettings demo(long seed, double daySeconds) {
        return new PilotSettings(4, seed, 250, daySeconds, 0.85, 2, capacityFor(250, 2), 0.06, 6);
    }
}
