package org.caravan.console.internal.web;

import java.util.List;

import org.caravan.monitoring.Amount;
import org.caravan.monitoring.Row;
import org.caravan.reference.Money;

/** The headline figures over the whole range, each with what it counts so no one misreads a rate. */
record DashboardTiles(String label, String value, String basis) {

    static List<DashboardTiles> of(Row t) {
        return List.of(
                new DashboardTiles("Consignments decided", String.valueOf(t.decided()), "cases decided in the range"),
                new DashboardTiles("Released before arrival", Figures.percent(t.shareReleasedBeforeArrival()),
                        t.releasedBeforeArrival() + " of " + t.released() + " releases"),
                new DashboardTiles("Filing to release", Figures.duration(t.medianFilingToRelease()),
                        "median; 90th percentile " + Figures.duration(t.p90FilingToRelease())),
                new DashboardTiles("Arrival to release", Figures.duration(t.medianArrivalToRelease()),
                        "median; 90th percentile " + Figures.duration(t.p90ArrivalToRelease())),
                new DashboardTiles("Inspection rate", Figures.percent(t.inspectionRate()),
                        t.inspectionsSelected() + " selected for inspection"),
                new DashboardTiles("Hit rate", Figures.percent(t.hitRate()),
                        t.hits() + " irregularities in " + t.inspectionsCompleted() + " inspections"),
                new DashboardTiles("Targeting precision", Figures.percent(t.targetingPrecision()),
                        "targeted " + t.targetedHits() + "/" + t.targetedInspections() + "; random baseline "
                                + Figures.percent(t.randomHitRate())),
                new DashboardTiles("Duties assessed", Figures.money(money(t.dutiesAssessed())), "per currency"),
                new DashboardTiles("Duties collected", Figures.money(money(t.dutiesCollected())), "per currency"));
    }

    /** A line of the per-period table: the period and its cells, in the order of the table's headings. */
    record TableRow(String period, List<String> cells) {

        static TableRow of(String period, Row r) {
            return new TableRow(period, List.of(String.valueOf(r.decided()), String.valueOf(r.releasedBeforeArrival()),
                    Figures.percent(r.shareReleasedBeforeArrival()), Figures.duration(r.medianFilingToRelease()),
                    Figures.duration(r.p90FilingToRelease()), Figures.duration(r.medianArrivalToRelease()),
                    Figures.duration(r.p90ArrivalToRelease()), String.valueOf(r.inspectionsSelected()),
                    Figures.percent(r.inspectionRate()), String.valueOf(r.inspectionsCompleted()), String.valueOf(r.hits()),
                    Figures.percent(r.hitRate()), Figures.percent(r.targetingPrecision()), Figures.percent(r.randomHitRate()),
                    Figures.money(money(r.dutiesAssessed())), Figures.money(money(r.dutiesCollected()))));
        }
    }

    static List<Money> money(List<Amount> amounts) {
        return amounts.stream().map(a -> Money.of(a.amount(), java.util.Currency.getInstance(a.currency()))).toList();
    }
}
