package org.caravan.tracking.internal.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.caravan.tracking.FinalMileEventType;

/**
 * A released parcel's last mile as couriers reported it. Reports can arrive late, out of
 * order, or twice, so the rules are checked on the reports in the order they happened
 * ({@code occurredAt}), never in the order they arrived:
 * <ol>
 * <li>The same report twice (same type and time) is a repeat: nothing changes.</li>
 * <li>Until the parcel is delivered or returned, any report may follow any other (a parcel
 * goes out again after a refusal).</li>
 * <li>After a delivery, only a return may follow: the consumer may send the goods back; the
 * parcel is not delivered a second time nor goes out again.</li>
 * <li>A return is final: nothing may follow it.</li>
 * <li>A report that happened before the latest one fills the history and leaves the parcel
 * where it is: a late "out for delivery" does not undo a delivery.</li>
 * </ol>
 * At the same instant, reports are ordered out for delivery, refused, delivered, returned.
 */
public final class FinalMile {

    /** One report: what happened, and when. */
    public record Report(FinalMileEventType type, Instant occurredAt) {
    }

    /** A report the rules refuse, with the reason in plain words. */
    public static final class Refused extends RuntimeException {

        Refused(String message) {
            super(message);
        }
    }

    private static final Comparator<Report> HAPPENED = Comparator.comparing(Report::occurredAt)
            .thenComparing(r -> r.type().ordinal());

    private final List<Report> reports;

    public FinalMile(List<Report> reports) {
        List<Report> sorted = new ArrayList<>(reports);
        sorted.sort(HAPPENED);
        this.reports = List.copyOf(sorted);
    }

    /** Where the parcel stands: the last report in the order things happened, if any. */
    public Optional<FinalMileEventType> state() {
        return reports.isEmpty() ? Optional.empty() : Optional.of(reports.get(reports.size() - 1).type());
    }

    /** True when {@code report} was already recorded (rule 1). */
    public boolean repeats(Report report) {
        return reports.contains(report);
    }

    /** The last mile with {@code report} added; throws {@link Refused} when the rules do not allow it. */
    public FinalMile with(Report report) {
        if (repeats(report)) {
            return this;
        }
        List<Report> next = new ArrayList<>(reports);
        next.add(report);
        FinalMile after = new FinalMile(next);
        after.check();
        return after;
    }

    private void check() {
        for (int i = 1; i < reports.size(); i++) {
            FinalMileEventType before = reports.get(i - 1).type();
            FinalMileEventType then = reports.get(i).type();
            if (before == FinalMileEventType.RETURNED) {
                throw new Refused("The parcel was returned to the sender at " + reports.get(i - 1).occurredAt()
                        + "; nothing can follow a return.");
            }
            if (before == FinalMileEventType.DELIVERED && then != FinalMileEventType.RETURNED) {
                throw new Refused("The parcel was delivered at " + reports.get(i - 1).occurredAt()
                        + "; only a return can follow a delivery.");
            }
        }
    }
}
