package org.caravan.simulator.internal.pilot;

import java.util.List;

/**
 * The pilot's trade lanes. Departures, transit times and shares are simulation settings: the
 * corridors and crossings are those of {@code ../shared/reference/jurisdictions.md} (Khorgos /
 * Nur Zholy road crossing, Urumqi–Almaty air, Kashgar–Torugart–Bishkek road, road transit
 * through Kazakhstan to Tashkent); the shares follow the order of the volumes cited there
 * (Kazakhstan's post handles several times Uzbekistan's 5.7 million courier parcels of 2024).
 */
public enum TradeLane {

    CN_KZ_ROAD("China → Kazakhstan by road, Khorgos / Nur Zholy", "KZ", "ROAD", "CNURM", "KZHOR", List.of("CN", "KZ"),
            2, 30, 0.33, true),
    CN_KZ_AIR("China → Kazakhstan by air, Urumqi → Almaty", "KZ", "AIR", "CNURM", "KZALA", List.of("CN", "KZ"),
            1, 9, 0.22, false),
    CN_KG_ROAD("China → Kyrgyzstan by road via Torugart", "KG", "ROAD", "CNKSS", "KGFRU", List.of("CN", "KG"),
            1, 40, 0.15, true),
    CN_UZ_TRANSIT("China → Uzbekistan by road in transit through Kazakhstan", "UZ", "ROAD", "CNHRS", "UZTAS",
            List.of("CN", "KZ", "UZ"), 1, 80, 0.30, false);

    private final String title;
    private final String destination;
    private final String transportMode;
    private final String departure;
    private final String arrival;
    private final List<String> route;
    private final int departuresPerDay;
    private final int transitHours;
    private final double share;
    private final boolean filedAsEdifact;

    TradeLane(String title, String destination, String transportMode, String departure, String arrival, List<String> route,
            int departuresPerDay, int transitHours, double share, boolean filedAsEdifact) {
        this.title = title;
        this.destination = destination;
        this.transportMode = transportMode;
        this.departure = departure;
        this.arrival = arrival;
        this.route = route;
        this.departuresPerDay = departuresPerDay;
        this.transitHours = transitHours;
        this.share = share;
        this.filedAsEdifact = filedAsEdifact;
    }

    /** The lane as reports name it: {@code CN-KZ-ROAD}. */
    public String key() {
        return name().replace('_', '-');
    }

    public String title() {
        return title;
    }

    /** The jurisdiction that decides: the lane's destination. */
    public String destination() {
        return destination;
    }

    public String transportMode() {
        return transportMode;
    }

    /** UN/LOCODE of the place of loading. */
    public String departure() {
        return departure;
    }

    /** UN/LOCODE of the office of first entry into the destination. */
    public String arrival() {
        return arrival;
    }

    public List<String> route() {
        return route;
    }

    public int departuresPerDay() {
        return departuresPerDay;
    }

    public int transitHours() {
        return transitHours;
    }

    /** The lane's share of the pilot's orders. */
    public double share() {
        return share;
    }

    /** The lane's courier files UN/EDIFACT CUSCAR interchanges instead of JSON manifests. */
    public boolean filedAsEdifact() {
        return filedAsEdifact;
    }

    /** The courier that carries the lane: a road carrier filing EDIFACT, or the express courier. */
    public String courier() {
        return filedAsEdifact ? PilotParties.ROAD_COURIER : PilotParties.EXPRESS_COURIER;
    }
}
