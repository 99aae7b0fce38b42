package org.caravan.console.internal.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.caravan.reference.Money;

/** How the console writes numbers for people: shares as percentages, money with its currency, durations in words. */
final class Figures {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Figures() {
    }

    /** A share (0.1234) as a percentage with one decimal (12.3 %); a dash when there is none. */
    static String percent(BigDecimal share) {
        return share == null ? "–" : percentValue(share).toPlainString() + " %";
    }

    /** A share as the number of percent, one decimal, for charts. */
    static BigDecimal percentValue(BigDecimal share) {
        return share == null ? null : share.multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP);
    }

    static String decimal(BigDecimal value) {
        return value == null ? "–" : value.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** Sums per currency, never added across currencies, each written as amount and ISO code. */
    static String money(List<Money> amounts) {
        if (amounts == null || amounts.isEmpty()) {
            return "none";
        }
        return amounts.stream().map(m -> m.amount().setScale(m.currency().getDefaultFractionDigits(), RoundingMode.HALF_UP)
                .toPlainString() + " " + m.currency().getCurrencyCode()).collect(Collectors.joining(", "));
    }

    /** A duration in minutes with two decimals, for charts; null stays a gap. */
    static BigDecimal minutes(Duration d) {
        return d == null ? null : BigDecimal.valueOf(d.toMillis()).divide(BigDecimal.valueOf(60_000), 2, RoundingMode.HALF_UP);
    }

    /** In milliseconds, seconds, minutes, hours or days: the unit a person would pick for the size of the wait. */
    static String duration(Duration d) {
        if (d == null) {
            return "–";
        }
        if (d.toMillis() < 1000) {
            return d.toMillis() + " ms";
        }
        double seconds = d.toMillis() / 1000.0;
        if (seconds < 60) {
            return one(seconds) + " s";
        }
        if (seconds < 3600) {
            return one(seconds / 60) + " min";
        }
        if (seconds < 86_400) {
            return one(seconds / 3600) + " h";
        }
        return one(seconds / 86_400) + " d";
    }

    private static String one(double value) {
        return BigDecimal.valueOf(value).setScale(value < 10 ? 1 : 0, RoundingMode.HALF_UP).toPlainString();
    }
}
