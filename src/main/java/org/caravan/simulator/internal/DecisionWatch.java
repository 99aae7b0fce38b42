package org.caravan.simulator.internal;

import java.time.Duration;

import org.caravan.simulator.CaravanClient;

/**
 * Waits until a parcel's decision is visible on its public tracking page. A manifest is
 * decided as a whole, so its last parcel's decision stands for all of them. Once decisions
 * are given before the filing is answered the first look finds it, and the wait costs one
 * request.
 */
public final class DecisionWatch {

    /** Still waiting: the timeline has only the pre-advice, or does not exist yet. */
    private static final String PRE_ADVISED = "PRE_ADVISED";
    private static final long MAX_PAUSE_MILLIS = 8;

    private final CaravanClient api;

    public DecisionWatch(CaravanClient api) {
        this.api = api;
    }

    public boolean decided(CaravanClient.Reply tracking) {
        return tracking.status() == 200 && !PRE_ADVISED.equals(tracking.body().path("status").asString(""));
    }

    /** Blocks until the parcel is decided; polls every few milliseconds so the wait adds little to the measured time. */
    public void await(String trackingNumber, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        long pause = 1;
        while (!decided(api.get(path(trackingNumber), null))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("No decision for " + trackingNumber + " within " + patience.toSeconds() + " s");
            }
            Thread.sleep(pause);
            pause = Math.min(MAX_PAUSE_MILLIS, pause * 2);
        }
    }

    private static String path(String trackingNumber) {
        return "/api/v1/tracking/" + trackingNumber;
    }
}
