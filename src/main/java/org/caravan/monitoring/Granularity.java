package org.caravan.monitoring;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** How a report groups days: by day, by ISO week (from Monday) or by calendar month. */
public enum Granularity {
    DAY, WEEK, MONTH;

    /** The first day of the period {@code day} falls in. */
    public LocalDate periodOf(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(DayOfWeek.MONDAY);
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    /** The first day of the period after the one starting at {@code start}. */
    public LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }
}
