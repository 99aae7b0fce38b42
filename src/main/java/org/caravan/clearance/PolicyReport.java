package org.caravan.clearance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.caravan.reference.Money;

/**
 * What two regimes make of the same consignments, per country and product category: the
 * parcels each regime applies to, how many are above its threshold, how many go without
 * payment, how many an officer must assess (a charge the regime cannot compute, a rate not
 * known, a quota whose recipient nobody identified), the revenue due from recipients and the
 * declarant's own fees, each per currency; totals per regime; and B − A for every row.
 *
 * @param on       the date every consignment was assessed on, when one date was asked for
 * @param rows     per country, category and regime, A before B
 * @param totals   one row per regime, country and category {@code all}
 * @param skipped  consignments a regime did not apply to, with why
 */
public record PolicyReport(String regimeA, String regimeB, Optional<LocalDate> on, List<Row> rows, List<Row> totals,
        List<Row> differences, Row totalDifference, List<Skipped> skipped) {

    public static final String DIFFERENCE = "B-A";
    static final String ALL = "all";

    public record Row(String country, String category, String regime, long parcels, long aboveThreshold,
            BigDecimal shareAboveThreshold, long releasedWithoutPayment, long officerWorkload, List<Money> revenue,
            List<Money> declarantFees) {
    }

    public record Skipped(String regime, String reason, long consignments) {
    }

    /** Where a row is counted. */
    record Group(String country, String category) implements Comparable<Group> {

        @Override
        public int compareTo(Group o) {
            int byCountry = country.compareTo(o.country);
            return byCountry != 0 ? byCountry : category.compareTo(o.category);
        }
    }

    /** The running counts of one group under one regime. */
    static final class Tally {

        long parcels;
        long aboveThreshold;
        long releasedWithoutPayment;
        long officerWorkload;
        final Map<Currency, BigDecimal> revenue = new TreeMap<>(java.util.Comparator.comparing(Currency::getCurrencyCode));
        final Map<Currency, BigDecimal> declarantFees = new TreeMap<>(java.util.Comparator.comparing(Currency::getCurrencyCode));

        void add(Map<Currency, BigDecimal> into, Money money) {
            into.merge(money.currency(), money.amount(), BigDecimal::add);
        }

        void addAll(Tally other) {
            parcels += other.parcels;
            aboveThreshold += other.aboveThreshold;
            releasedWithoutPayment += other.releasedWithoutPayment;
            officerWorkload += other.officerWorkload;
            other.revenue.forEach((c, a) -> revenue.merge(c, a, BigDecimal::add));
            other.declarantFees.forEach((c, a) -> declarantFees.merge(c, a, BigDecimal::add));
        }

        Row row(String country, String category, String regime) {
            return new Row(country, category, regime, parcels, aboveThreshold, share(aboveThreshold, parcels),
                    releasedWithoutPayment, officerWorkload, money(revenue), money(declarantFees));
        }
    }

    static PolicyReport of(String a, String b, Optional<LocalDate> on, Map<Group, Tally> rowsA, Map<Group, Tally> rowsB,
            Map<String, Long> skippedA, Map<String, Long> skippedB) {
        TreeSet<Group> groups = new TreeSet<>(rowsA.keySet());
        groups.addAll(rowsB.keySet());
        List<Row> rows = new ArrayList<>();
        List<Row> differences = new ArrayList<>();
        Tally totalA = new Tally();
        Tally totalB = new Tally();
        for (Group g : groups) {
            Tally ta = rowsA.getOrDefault(g, new Tally());
            Tally tb = rowsB.getOrDefault(g, new Tally());
            rows.add(ta.row(g.country(), g.category(), a));
            rows.add(tb.row(g.country(), g.category(), b));
            differences.add(difference(ta.row(g.country(), g.category(), a), tb.row(g.country(), g.category(), b)));
            totalA.addAll(ta);
            totalB.addAll(tb);
        }
        Row rowA = totalA.row(ALL, ALL, a);
        Row rowB = totalB.row(ALL, ALL, b);
        List<Skipped> skipped = new ArrayList<>();
        skippedA.forEach((reason, n) -> skipped.add(new Skipped(a, reason, n)));
        skippedB.forEach((reason, n) -> skipped.add(new Skipped(b, reason, n)));
        return new PolicyReport(a, b, on, List.copyOf(rows), List.of(rowA, rowB), List.copyOf(differences),
                difference(rowA, rowB), List.copyOf(skipped));
    }

    private static Row difference(Row a, Row b) {
        return new Row(a.country(), a.category(), DIFFERENCE, b.parcels() - a.parcels(), b.aboveThreshold() - a.aboveThreshold(),
                b.shareAboveThreshold().subtract(a.shareAboveThreshold()),
                b.releasedWithoutPayment() - a.releasedWithoutPayment(), b.officerWorkload() - a.officerWorkload(),
                minus(b.revenue(), a.revenue()), minus(b.declarantFees(), a.declarantFees()));
    }

    private static List<Money> minus(List<Money> b, List<Money> a) {
        Map<Currency, BigDecimal> net = new TreeMap<>(java.util.Comparator.comparing(Currency::getCurrencyCode));
        b.forEach(m -> net.merge(m.currency(), m.amount(), BigDecimal::add));
        a.forEach(m -> net.merge(m.currency(), m.amount().negate(), BigDecimal::add));
        return money(net);
    }

    private static BigDecimal share(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(4)
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    private static List<Money> money(Map<Currency, BigDecimal> amounts) {
        return amounts.entrySet().stream().map(e -> Money.of(e.getValue(), e.getKey()).rounded()).toList();
    }

    /** The report as plain maps and lists, for a JSON writer: amounts as decimal strings, as the API writes them. */
    public Map<String, Object> asJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("regimes", List.of(regimeA, regimeB));
        json.put("on", on.map(LocalDate::toString).orElse(null));
        json.put("rows", rows.stream().map(PolicyReport::json).toList());
        json.put("totals", totals.stream().map(PolicyReport::json).toList());
        json.put("differences", differences.stream().map(PolicyReport::json).toList());
        json.put("totalDifference", json(totalDifference));
        json.put("skipped", skipped.stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("regime", s.regime());
            m.put("reason", s.reason());
            m.put("consignments", s.consignments());
            return m;
        }).toList());
        return json;
    }

    private static Map<String, Object> json(Row r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("country", r.country());
        m.put("category", r.category());
        m.put("regime", r.regime());
        m.put("parcels", r.parcels());
        m.put("aboveThreshold", r.aboveThreshold());
        m.put("shareAboveThreshold", r.shareAboveThreshold().toPlainString());
        m.put("releasedWithoutPayment", r.releasedWithoutPayment());
        m.put("officerWorkload", r.officerWorkload());
        m.put("revenue", r.revenue().stream().map(PolicyReport::json).toList());
        m.put("declarantFees", r.declarantFees().stream().map(PolicyReport::json).toList());
        return m;
    }

    private static Map<String, Object> json(Money money) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("amount", money.amount().toPlainString());
        m.put("currency", money.currency().getCurrencyCode());
        return m;
    }

    /** The report as a fixed-width table: each group's A, B and B-A rows together, then the totals and what was skipped. */
    public String asTable() {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of("country", "category", "regime", "parcels", "above", "share", "released", "officer", "revenue",
                "declarant fees"));
        for (int i = 0; i < differences.size(); i++) {
            lines.add(cells(rows.get(2 * i), "A", false));
            lines.add(cells(rows.get(2 * i + 1), "B", false));
            lines.add(cells(differences.get(i), DIFFERENCE, true));
        }
        lines.add(cells(totals.get(0), "A", false));
        lines.add(cells(totals.get(1), "B", false));
        lines.add(cells(totalDifference, DIFFERENCE, true));
        int[] widths = new int[lines.get(0).size()];
        lines.forEach(l -> {
            for (int c = 0; c < l.size(); c++) {
                widths[c] = Math.max(widths[c], l.get(c).length());
            }
        });
        StringBuilder out = new StringBuilder();
        out.append("A = ").append(regimeA).append('\n').append("B = ").append(regimeB).append('\n');
        out.append(on.map(d -> "every consignment assessed on " + d)
                .orElse("each consignment assessed on its filing date in its destination")).append("\n\n");
        for (List<String> l : lines) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < l.size(); c++) {
                String cell = l.get(c);
                // text columns to the left, figures to the right
                boolean text = c < 3 || c >= 8;
                line.append(text ? String.format("%-" + widths[c] + "s", cell) : String.format("%" + widths[c] + "s", cell));
                line.append(c == l.size() - 1 ? "" : "  ");
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        out.append('\n').append("above: parcels above the threshold; released: released without payment; officer: "
                + "parcels an officer must assess\n");
        skipped.forEach(s -> out.append("skipped under ").append(s.regime()).append(": ").append(s.consignments())
                .append(" consignment(s), ").append(s.reason()).append('\n'));
        return out.toString();
    }

    private static List<String> cells(Row r, String label, boolean signed) {
        return List.of(r.country(), r.category(), label, number(r.parcels(), signed), number(r.aboveThreshold(), signed),
                percent(r.shareAboveThreshold(), signed), number(r.releasedWithoutPayment(), signed),
                number(r.officerWorkload(), signed), amounts(r.revenue(), signed), amounts(r.declarantFees(), signed));
    }

    private static String number(long n, boolean signed) {
        return signed && n > 0 ? "+" + n : Long.toString(n);
    }

    private static String percent(BigDecimal share, boolean signed) {
        BigDecimal p = share.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
        return (signed && p.signum() > 0 ? "+" : "") + p.toPlainString() + "%";
    }

    private static String amounts(List<Money> money, boolean signed) {
        if (money.isEmpty()) {
            return "-";
        }
        return money.stream().map(m -> (signed && m.isPositive() ? "+" : "") + String.format(java.util.Locale.ROOT, "%,.2f", m.amount()) + " "
                + m.currency().getCurrencyCode()).collect(Collectors.joining("; "));
    }
}
