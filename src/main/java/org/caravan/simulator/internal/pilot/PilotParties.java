package org.caravan.simulator.internal.pilot;

/** The demo parties a simulated pilot acts as (seeded on the embedded default, secret {@value #SECRET}). */
final class PilotParties {

    static final String SECRET = "demo-secret";
    /** The platform most buyers use; the other connected one has a third as many. */
    static final String PLATFORM = "demo-platform";
    static final String SECOND_PLATFORM = "demo-platform-2";
    static final String EXPRESS_COURIER = "demo-courier";
    static final String ROAD_COURIER = "demo-road-courier";

    private PilotParties() {
    }

    /** The officer of a destination's administration. */
    static String officer(String country) {
        return "demo-officer-" + country.toLowerCase(java.util.Locale.ROOT);
    }
}
