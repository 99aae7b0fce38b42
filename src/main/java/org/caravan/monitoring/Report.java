package org.caravan.monitoring;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The measures of a {@link Query}: a row per period of its range (every period, measured or
 * not, in order) and a {@code total} over the whole range, whose percentiles are taken over
 * every release of the range (never averaged from the periods').
 */
public record Report(Query query, List<Row> periods, Row total) {

    public Report {
        periods = List.copyOf(periods);
    }

    /**
     * RFC 4180 CSV (CRLF line ends, a header line): a line per period, then the total with
     * {@code total} in the first column. Times are in milliseconds; money has a column per
     * currency seen in the report and measure, e.g. {@code dutiesAssessed_KZT}, empty when
     * none was assessed in that currency.
     */
    public String toCsv() {
        List<String> assessed = currencies(Row::dutiesAssessed);
        List<String> collected = currencies(Row::dutiesCollected);
        List<String> header = new ArrayList<>(List.of("period", "decided", "releasedBeforeArrival", "released",
                "shareReleasedBeforeArrival", "medianFilingToReleaseMs", "p90FilingToReleaseMs",
                "medianArrivalToReleaseMs", "p90ArrivalToReleaseMs", "inspectionsSelected", "inspectionRate",
                "inspectionsCompleted", "hits", "hitRate", "targetedInspections", "targetedHits", "targetingPrecision",
                "randomInspections", "randomHits", "randomHitRate"));
        assessed.forEach(c -> header.add("dutiesAssessed_" + c));
        collected.forEach(c -> header.add("dutiesCollected_" + c));
        StringBuilder csv = new StringBuilder(String.join(",", header)).append("\r\n");
        periods.forEach(row -> line(csv, row.period().toString(), row, assessed, collected));
        line(csv, "total", total, assessed, collected);
        return csv.toString();
    }

    private List<String> currencies(Function<Row, List<Amount>> money) {
        TreeSet<String> found = new TreeSet<>();
        periods.forEach(r -> money.apply(r).forEach(a -> found.add(a.currency())));
        money.apply(total).forEach(a -> found.add(a.currency()));
        return List.copyOf(found);
    }

    private static void line(StringBuilder csv, String period, Row r, List<String> assessed, List<String> collected) {
        List<String> cells = new ArrayList<>(List.of(period, n(r.decided()), n(r.releasedBeforeArrival()), n(r.released()),
                ratio(r.shareReleasedBeforeArrival()), ms(r.medianFilingToRelease()), ms(r.p90FilingToRelease()),
                ms(r.medianArrivalToRelease()), ms(r.p90ArrivalToRelease()), n(r.inspectionsSelected()),
                ratio(r.inspectionRate()), n(r.inspectionsCompleted()), n(r.hits()), ratio(r.hitRate()),
                n(r.targetedInspections()), n(r.targetedHits()), ratio(r.targetingPrecision()), n(r.randomInspections()),
                n(r.randomHits()), ratio(r.randomHitRate())));
        assessed.forEach(c -> cells.add(money(r.dutiesAssessed(), c)));
        collected.forEach(c -> cells.add(money(r.dutiesCollected(), c)));
        // no cell holds a comma, quote or line break (dates, numbers, currency codes), so none needs quoting
        csv.append(String.join(",", cells)).append("\r\n");
    }

    private static String n(long value) {
        return Long.toString(value);
    }

    private static String ratio(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String ms(Duration value) {
        return value == null ? "" : Long.toString(value.toMillis());
    }

    private static String money(List<Amount> amounts, String currency) {
        return amounts.stream().filter(a -> Objects.equals(a.currency(), currency)).findFirst()
                .map(a -> a.amount().toPlainString()).orElse("");
    }
}
