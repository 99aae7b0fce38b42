package org.caravan.simulator.internal;

import java.time.Duration;

import org.caravan.simulator.CaravanClient;

/**
 * Waits until a parcel's decision is visible on its public tracking page. A manifest is
 * decided as a whole, so its last parcel's decision stands for all of them. Once decisions
 * are given before the filing is answered the first look finds it, and the wait costs one
 * request. It looks with the courier's token: the page limits anonymous lookups per address,
 * and a load driver is a partner, not a consumer.
 */
public final class DecisionWatch {

    /** Still waiting: the timeline has only the pre-advice, or does not exist yet. */
    private static final String PRE_ADVISED = "PRE_ADVISED";
    private static final long MAX_PAUSE_MILLIS = 8;

    private final CaravanClient api;
    private final String token;

    public DecisionWatch(CaravanClient api, String token) {
        this.api = api;
        this.token = token;
    }

    /** The tracking page of a parcel, as the watch sees it. */
    public CaravanClient.Reply look(String trackingNumber) {
        return api.get(path(trackingNumber), token);
    }

    public boolean decided(CaravanClient.Reply tracking) {
        return tracking.status() == 200 && !PRE_ADVISED.equals(tracking.body().path("status").asString(""));
    }

    /** Blocks until the parcel is decided; polls every few milliseconds so the wait adds little to the measured time. */
    public void await(String trackingNumber, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        long pause = 1;
        while (!decided(look(trackingNumber))) {
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
