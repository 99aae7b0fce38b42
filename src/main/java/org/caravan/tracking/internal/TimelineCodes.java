package org.caravan.tracking.internal;

import java.util.Optional;

import org.caravan.clearance.ClearanceStatus;
import org.caravan.tracking.FinalMileEventType;

/**
 * The IFTSTA status code (STS 4405) of each timeline status: the clearance statuses' codes
 * from {@link ClearanceStatus#statusCode()} (the ones CUSRES and IFTSTA carry), the
 * couriers' from {@link FinalMileEventType}, and three of the timeline's own.
 */
public final class TimelineCodes {

    static final String PRE_ADVISED = "PRE";
    static final String ARRIVED = "ARR";
    /** The masked hold: the consumer's view never says "inspection", so it has its own code. */
    static final String HELD = "HLD";

    private TimelineCodes() {
    }

    public static String of(String status) {
        return switch (status) {
            case ConsumerTimeline.PRE_ADVISED -> PRE_ADVISED;
            case "ARRIVED" -> ARRIVED;
            case ConsumerTimeline.HELD_BY_CUSTOMS, "SELECTED_FOR_INSPECTION" -> HELD;
            default -> clearance(status).map(ClearanceStatus::statusCode)
                    .or(() -> finalMile(status).map(FinalMileEventType::statusCode)).orElse(HELD);
        };
    }

    private static Optional<ClearanceStatus> clearance(String status) {
        try {
            return Optional.of(ClearanceStatus.valueOf(status));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static Optional<FinalMileEventType> finalMile(String status) {
        try {
            return Optional.of(FinalMileEventType.valueOf(status));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
