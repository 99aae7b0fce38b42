package org.caravan.risk.internal.sandbox;

import java.math.BigDecimal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Officer time per control, to turn a side's controls into officer hours. The defaults are
 * the pilot's planning assumptions (half an hour to open, examine and close a parcel; ten
 * minutes to review its documents), not a time study: an administration sets its own
 * measured times in {@code caravan.sandbox.minutes-per-inspection} and
 * {@code caravan.sandbox.minutes-per-documentary-check}. Checked at start.
 */
@Component
class SandboxSettings {

    private final BigDecimal minutesPerInspection;
    private final BigDecimal minutesPerDocumentaryCheck;

    SandboxSettings(@Value("${caravan.sandbox.minutes-per-inspection:30}") String perInspection,
            @Value("${caravan.sandbox.minutes-per-documentary-check:10}") String perDocumentaryCheck) {
        this.minutesPerInspection = minutes("caravan.sandbox.minutes-per-inspection", perInspection);
        this.minutesPerDocumentaryCheck = minutes("caravan.sandbox.minutes-per-documentary-check", perDocumentaryCheck);
    }

    private static BigDecimal minutes(String property, String value) {
        try {
            BigDecimal minutes = new BigDecimal(value.trim());
            if (minutes.signum() > 0 && minutes.compareTo(BigDecimal.valueOf(24 * 60)) <= 0) {
                return minutes;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalStateException(property + " must be a number of minutes above 0 and at most a day, not " + value);
    }

    BigDecimal minutesPerInspection() {
        return minutesPerInspection;
    }

    BigDecimal minutesPerDocumentaryCheck() {
        return minutesPerDocumentaryCheck;
    }
}
