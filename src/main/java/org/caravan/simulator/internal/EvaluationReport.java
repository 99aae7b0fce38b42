package org.caravan.simulator.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import tools.jackson.databind.JsonNode;

/**
 * A pilot's evaluation as the page its steering committee reads: the headline figures, the
 * run's settings, charts with a table beside each, and the measures by lane and by category.
 *
 * <p>One file that holds everything it shows: styles inline, charts drawn here as SVG, no
 * script, no font or image from elsewhere, so it opens from a disk without a network and prints
 * on A4. Money stays in the currency it was assessed in: each money chart is of one currency,
 * because the lanes decide in different ones and a sum across them means nothing.
 */
public final class EvaluationReport {

    /** What a ratio without a denominator, or a figure the run did not produce, reads as. */
    static final String NONE = "–";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final TemplateEngine TEMPLATES = templates();

    private EvaluationReport() {
    }

    /** The evaluation, as the simulator writes it, as a self-contained HTML page. */
    public static String html(JsonNode evaluation) {
        Context context = new Context(Locale.ENGLISH);
        context.setVariable("report", Report.of(evaluation));
        return TEMPLATES.process("simulator/pilot-report", context);
    }

    private static TemplateEngine templates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(EvaluationReport.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        // the Spring flavour only for its expression language, the console's; no application context is involved
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    /** Everything the page shows, each figure already written for people, each chart already laid out. */
    record Report(String period, List<Fact> settings, List<Fact> traffic, List<Tile> tiles, Chart timeToRelease,
            Table timeToReleaseTable, Chart laneYield, Table laneYieldTable, List<Chart> dutiesCharts,
            List<Table> dutiesTables, Chart precisionRecall, List<Chart> revenuePerInspectionCharts,
            Table selectionTable, Table missedByTargeting, Table fraudByKind, Table byReason, List<Fact> lanes, Table byLane,
            Table byCategory) {

        static Report of(JsonNode e) {
            JsonNode pilot = e.path("pilot");
            JsonNode overall = e.path("overall");
            JsonNode accuracy = e.path("riskAccuracy");
            List<JsonNode> lanes = list(e.path("byLane"));
            List<JsonNode> categories = list(e.path("byCategory"));
            Histogram histogram = Histogram.of(e.path("timeToRelease"));
            Dues dues = Dues.of(categories);
            return new Report(EvaluationReport.period(pilot), EvaluationReport.settings(pilot), EvaluationReport.traffic(e.path("traffic")), EvaluationReport.tiles(overall, accuracy,
                    e.path("traffic")), histogram.chart(), histogram.table(), EvaluationReport.laneYield(lanes), EvaluationReport.laneYieldTable(lanes),
                    dues.charts(), dues.tables(), EvaluationReport.precisionRecall(accuracy), EvaluationReport.revenuePerInspection(accuracy),
                    EvaluationReport.selectionTable(accuracy), EvaluationReport.missed(accuracy.path("randomFoundTargetingMissed")),
                    EvaluationReport.fraudByKind(accuracy.path("byKind")), EvaluationReport.byReason(accuracy.path("byReason")),
                    lanes.stream().map(l -> new Fact(text(l.path("lane")), text(l.path("name")))).toList(),
                    measures("by-lane", "Measures by lane", "All lanes", lanes, l -> text(l.path("lane")), overall),
                    measures("by-category", "Measures by category", "All categories", categories,
                            c -> text(c.path("category")), overall));
        }

        /** Whether random selection found any fraudulent parcel that targeting missed. */
        public boolean anyMissed() {
            return !missedByTargeting.rows().isEmpty();
        }
    }

    record Fact(String term, String description) {
    }

    record Tile(String label, String value, String basis) {
    }

    /** A table whose first column heads its rows. */
    record Table(String id, String caption, List<Column> columns, List<Row> rows, Row foot) {
    }

    record Column(String name, boolean number) {
    }

    record Row(String header, List<String> cells) {
    }

    /**
     * An SVG chart in a {@code width} × {@code height} box. {@code currency} is the one currency a
     * money chart shows, null on a chart of counts or shares.
     */
    record Chart(String id, String title, int width, int height, String currency, List<Bar> bars, List<Label> labels,
            List<Swatch> legend, List<Axis> axes) {

        public String viewBox() {
            return "0 0 " + width + " " + height;
        }
    }

    /** A bar; {@code group} is what it belongs to (a bucket, a lane, a category), {@code value} what its label says. */
    record Bar(String kind, String group, double x, double y, double width, double height, String value) {
    }

    record Label(String kind, double x, double y, String anchor, String text) {
    }

    record Swatch(String kind, double x, double y, String text) {
    }

    record Axis(double x1, double y1, double x2, double y2) {
    }

    private static String period(JsonNode pilot) {
        return count(pilot.path("days")) + " simulated days of orders, run " + start(pilot.path("start")) + ", seed "
                + text(pilot.path("seed"));
    }

    private static List<Fact> settings(JsonNode pilot) {
        JsonNode perShift = pilot.path("controlsPerShift");
        String capacity = new TreeMap<>(properties(perShift)).entrySet().stream()
                .map(c -> c.getKey() + " " + count(c.getValue())).collect(Collectors.joining(", "));
        return List.of(new Fact("Days simulated", count(pilot.path("days"))),
                new Fact("Seed", text(pilot.path("seed"))),
                new Fact("Checkouts a day", count(pilot.path("ratePerDay"))),
                new Fact("Run started", start(pilot.path("start"))),
                new Fact("Days run after the last order", count(pilot.path("drainDays"))),
                new Fact("Officer skill", percent(pilot.path("officerSkill"))
                        + " (the chance an inspection of a fraudulent parcel finds the fraud)"),
                new Fact("Officers' capacity", count(pilot.path("shiftsPerDay")) + " shifts a day; controls a shift: "
                        + (capacity.isEmpty() ? NONE : capacity)),
                new Fact("Fraud injected", percent(pilot.path("fraudShare")) + " of checkouts"));
    }

    private static List<Fact> traffic(JsonNode traffic) {
        return List.of(new Fact("Orders", count(traffic.path("orders"))),
                new Fact("Manifests", count(traffic.path("manifests")) + ", of which EDIFACT "
                        + count(traffic.path("edifactManifests"))),
                new Fact("Consignments", count(traffic.path("consignments"))),
                new Fact("Consumers", count(traffic.path("consumers"))),
                new Fact("Sellers", count(traffic.path("sellers"))),
                new Fact("Fraudulent parcels (ground truth)", count(traffic.path("fraudulent"))));
    }

    private static List<Tile> tiles(JsonNode overall, JsonNode accuracy, JsonNode traffic) {
        JsonNode targeted = accuracy.path("targeted");
        JsonNode hours = overall.path("hoursToRelease");
        return List.of(new Tile("Consignments", count(overall.path("filed")), count(overall.path("released")) + " released"),
                new Tile("Released before arrival", percent(overall.path("shareReleasedBeforeArrival")),
                        count(overall.path("releasedBeforeArrival")) + " of " + count(overall.path("released")) + " releases"),
                new Tile("Median hours to release", hours(hours.path("median")), "simulated hours"),
                new Tile("90th percentile hours to release", hours(hours.path("p90")), "simulated hours"),
                new Tile("Inspection rate", share(overall.path("selectedForInspection"), overall.path("filed")),
                        count(overall.path("selectedForInspection")) + " sent to inspection of " + count(overall.path("filed"))),
                new Tile("Hit rate", percent(overall.path("hitRate")),
                        count(overall.path("hits")) + " found in " + count(overall.path("controlled")) + " controls"),
                new Tile("Precision", percent(targeted.path("precision")),
                        count(overall.path("fraudSelected")) + " fraudulent of " + count(targeted.path("selected")) + " selected"),
                new Tile("Recall", percent(targeted.path("recall")),
                        count(overall.path("fraudSelected")) + " selected of " + count(traffic.path("fraudulent")) + " fraudulent"));
    }

    /** The time-to-release buckets: the counts between bounds, with one more past the last bound. */
    private record Histogram(List<String> buckets, List<Long> counts, long notReleased) {

        static Histogram of(JsonNode node) {
            List<JsonNode> bounds = list(node.path("boundsHours"));
            List<Long> counts = list(node.path("counts")).stream().map(c -> c.asLong(0)).toList();
            List<String> buckets = new ArrayList<>();
            for (int i = 0; i < counts.size(); i++) {
                if (i < bounds.size()) {
                    buckets.add(i == 0 ? "≤ " + number(bounds.get(0)) + " h"
                            : number(bounds.get(i - 1)) + "–" + number(bounds.get(i)) + " h");
                } else if (i == bounds.size() && i > 0) {
                    buckets.add("> " + number(bounds.get(i - 1)) + " h");
                } else {
                    buckets.add("bucket " + (i + 1));
                }
            }
            return new Histogram(buckets, counts, node.path("notReleased").asLong(0));
        }

        Chart chart() {
            List<ChartLayout.Item> items = new ArrayList<>();
            for (int i = 0; i < counts.size(); i++) {
                items.add(new ChartLayout.Item(buckets.get(i), counts.get(i), String.valueOf(counts.get(i))));
            }
            return ChartLayout.columns("time-to-release", "Histogram of consignments by simulated hours from filing to"
                    + " release; the counts are in the table beside it", items, "simulated hours from filing to release");
        }

        Table table() {
            long released = counts.stream().mapToLong(Long::longValue).sum();
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < counts.size(); i++) {
                rows.add(new Row(buckets.get(i), List.of(String.valueOf(counts.get(i)), share(counts.get(i), released))));
            }
            return new Table("time-to-release-table", "Consignments by hours to release",
                    List.of(new Column("Hours to release", false), new Column("Consignments", true),
                            new Column("Share of released", true)),
                    rows, new Row("Not released by the end of the run", List.of(String.valueOf(notReleased), "")));
        }
    }

    private static Chart laneYield(List<JsonNode> lanes) {
        List<ChartLayout.Group> groups = lanes.stream().map(l -> new ChartLayout.Group(text(l.path("lane")),
                "hit rate " + percent(l.path("hitRate")),
                List.of(l.path("controlled").asLong(0), l.path("hits").asLong(0)),
                List.of(count(l.path("controlled")), count(l.path("hits"))))).toList();
        return ChartLayout.grouped("lane-yield", "Bar chart of controls done and hits per lane, with each lane's hit rate;"
                + " the figures are in the table beside it", groups, List.of("controls", "hits"),
                List.of("Controls done", "Hits"), 0);
    }

    private static Table laneYieldTable(List<JsonNode> lanes) {
        return new Table("lane-yield-table", "Inspection yield by lane",
                List.of(new Column("Lane", false), new Column("Selected by risk", true), new Column("Controls done", true),
                        new Column("Hits", true), new Column("Hit rate", true)),
                lanes.stream().map(l -> new Row(text(l.path("lane")), List.of(count(l.path("selectedForControl")),
                        count(l.path("controlled")), count(l.path("hits")), percent(l.path("hitRate"))))).toList(),
                null);
    }

    /** Duties assessed and revenue found per category, kept apart by currency. */
    private record Dues(List<Chart> charts, List<Table> tables) {

        static Dues of(List<JsonNode> categories) {
            TreeSet<String> currencies = new TreeSet<>();
            categories.forEach(c -> currencies.addAll(properties(c.path("dutiesAssessed")).keySet()));
            List<Chart> charts = new ArrayList<>();
            List<Table> tables = new ArrayList<>();
            for (String currency : currencies) {
                List<ChartLayout.Item> items = categories.stream().map(c -> {
                    BigDecimal amount = amount(c.path("dutiesAssessed").path(currency));
                    return new ChartLayout.Item(text(c.path("category")), amount == null ? 0 : amount.doubleValue(),
                            amount == null ? "none" : money(amount, currency));
                }).toList();
                charts.add(ChartLayout.rows("duties-" + currency, "Bar chart of duties assessed in " + currency
                        + " by category; the amounts are in the table beside it", currency, items, List.of()));
                tables.add(new Table("duties-" + currency + "-table", "Duties assessed in " + currency + " by category",
                        List.of(new Column("Category", false), new Column("Duties assessed", true),
                                new Column("Revenue found", true)),
                        categories.stream().map(c -> new Row(text(c.path("category")),
                                List.of(money(c.path("dutiesAssessed").path(currency), currency),
                                        money(c.path("revenueFound").path(currency), currency)))).toList(),
                        null));
            }
            return new Dues(charts, tables);
        }
    }

    private static Chart precisionRecall(JsonNode accuracy) {
        JsonNode targeted = accuracy.path("targeted");
        JsonNode random = accuracy.path("randomBaseline");
        List<ChartLayout.Group> groups = List.of("precision", "recall").stream().map(measure -> new ChartLayout.Group(
                measure.equals("precision") ? "Precision" : "Recall", "",
                // a ratio without a denominator draws no bar and reads as a dash, not as 0.0 %
                Arrays.asList(ratio(targeted.path(measure)), ratio(random.path(measure))),
                List.of(percent(targeted.path(measure)), percent(random.path(measure))))).toList();
        return ChartLayout.grouped("precision-recall", "Bar chart of precision and recall, targeted selection beside random"
                + " selection with the same number of inspections, in percent; the figures are in the table beside it",
                groups, List.of("targeted", "random"), List.of("Targeted selection", "Random baseline"), 1.0);
    }

    private static List<Chart> revenuePerInspection(JsonNode accuracy) {
        JsonNode targeted = accuracy.path("targeted").path("revenueFoundPerControl");
        JsonNode random = accuracy.path("randomBaseline").path("revenueFoundPerControl");
        TreeSet<String> currencies = new TreeSet<>(properties(targeted).keySet());
        currencies.addAll(properties(random).keySet());
        return currencies.stream().map(currency -> {
            BigDecimal t = amount(targeted.path(currency));
            BigDecimal r = amount(random.path(currency));
            return ChartLayout.rows("revenue-per-inspection-" + currency, "Bar chart of revenue found per inspection in "
                    + currency + ", targeted selection beside the random baseline; the amounts are in the table beside it",
                    currency, List.of(
                            new ChartLayout.Item("Targeted", t == null ? 0 : t.doubleValue(), t == null ? "none" : money(t, currency)),
                            new ChartLayout.Item("Random", r == null ? 0 : r.doubleValue(), r == null ? "none" : money(r, currency))),
                    List.of("targeted", "random"));
        }).toList();
    }

    private static Table selectionTable(JsonNode accuracy) {
        JsonNode targeted = accuracy.path("targeted");
        JsonNode random = accuracy.path("randomBaseline");
        return new Table("selection-table", "Targeted selection against random selection with the same inspections",
                List.of(new Column("Measure", false), new Column("Targeted selection", true),
                        new Column("Random baseline (expected)", true)),
                List.of(new Row("Selected for control", List.of(count(targeted.path("selected")), count(random.path("selected")))),
                        new Row("Controls done", List.of(count(targeted.path("controls")), "–")),
                        new Row("Fraudulent parcels found", List.of(count(targeted.path("hits")),
                                decimal(random.path("expectedHits")))),
                        new Row("Precision", List.of(percent(targeted.path("precision")), percent(random.path("precision")))),
                        new Row("Recall", List.of(percent(targeted.path("recall")), percent(random.path("recall")))),
                        new Row("Revenue found", List.of(money(targeted.path("revenueFound")), money(random.path("revenueFound")))),
                        new Row("Revenue found per control", List.of(money(targeted.path("revenueFoundPerControl")),
                                money(random.path("revenueFoundPerControl"))))),
                null);
    }

    private static Table missed(JsonNode parcels) {
        return new Table("missed-table", "Fraud random selection found that targeting missed",
                List.of(new Column("Tracking number", false), new Column("Lane", false), new Column("Category", false),
                        new Column("Kind of fraud", false), new Column("Revenue found", true)),
                list(parcels).stream().map(p -> {
                    JsonNode revenue = p.path("revenueFound");
                    return new Row(text(p.path("trackingNumber")), List.of(text(p.path("lane")), text(p.path("category")),
                            kind(p.path("kind")), revenue.isObject() ? money(revenue.path("amount"),
                                    text(revenue.path("currency"))) : "none"));
                }).toList(),
                null);
    }

    private static Table byReason(JsonNode reasons) {
        return new Table("by-reason", "Selections by risk rule or signal, against the ground truth",
                List.of(new Column("Rule or signal", false), new Column("Selections it weighed in", true),
                        new Column("Fraudulent", true), new Column("Precision", true)),
                list(reasons).stream().map(r -> new Row(text(r.path("reason")), List.of(count(r.path("selected")),
                        count(r.path("fraudulent")), percent(r.path("precision"))))).toList(),
                null);
    }

    private static Table fraudByKind(JsonNode kinds) {
        return new Table("fraud-by-kind", "Injected fraud by kind",
                List.of(new Column("Kind of fraud", false), new Column("Parcels", true), new Column("Selected", true),
                        new Column("Found", true), new Column("Recall", true)),
                list(kinds).stream().map(k -> new Row(kind(k.path("kind")), List.of(count(k.path("parcels")),
                        count(k.path("selected")), count(k.path("found")), percent(k.path("recall"))))).toList(),
                null);
    }

    /** Every measure as a row, one column for each lane or category and the last for all of them. */
    private static Table measures(String id, String caption, String all, List<JsonNode> parts,
            Function<JsonNode, String> name, JsonNode overall) {
        List<JsonNode> columns = new ArrayList<>(parts);
        columns.add(overall);
        List<Column> heads = new ArrayList<>();
        heads.add(new Column("Measure", false));
        parts.forEach(p -> heads.add(new Column(name.apply(p), true)));
        heads.add(new Column(all, true));
        Map<String, Function<JsonNode, String>> measures = new LinkedHashMap<>();
        measures.put("Filed", m -> count(m.path("filed")));
        measures.put("Released", m -> count(m.path("released")));
        measures.put("Released before arrival", m -> count(m.path("releasedBeforeArrival")));
        measures.put("Share released before arrival", m -> percent(m.path("shareReleasedBeforeArrival")));
        measures.put("Median hours to release", m -> hours(m.path("hoursToRelease").path("median")));
        measures.put("90th percentile hours to release", m -> hours(m.path("hoursToRelease").path("p90")));
        measures.put("Sent to inspection", m -> count(m.path("selectedForInspection")));
        measures.put("Inspection rate", m -> percent(m.path("inspectionRate")));
        measures.put("Held for documents", m -> count(m.path("heldForDocuments")));
        measures.put("Selected by risk for a control", m -> count(m.path("selectedForControl")));
        measures.put("Controls done", m -> count(m.path("controlled")));
        measures.put("Of them inspections", m -> count(m.path("inspected")));
        measures.put("Hits", m -> count(m.path("hits")));
        measures.put("Hit rate", m -> percent(m.path("hitRate")));
        measures.put("Waiting for an officer's charge", m -> count(m.path("awaitingOfficerCharge")));
        measures.put("Payment required", m -> count(m.path("paymentRequired")));
        measures.put("Duties assessed", m -> money(m.path("dutiesAssessed")));
        measures.put("Revenue found", m -> money(m.path("revenueFound")));
        measures.put("Fraudulent (ground truth)", m -> count(m.path("fraudulent")));
        measures.put("Fraud selected", m -> count(m.path("fraudSelected")));
        measures.put("Fraud found", m -> count(m.path("fraudFound")));
        measures.put("Precision of selection", m -> percent(m.path("precision")));
        measures.put("Recall of selection", m -> percent(m.path("recall")));
        List<Row> rows = measures.entrySet().stream()
                .map(m -> new Row(m.getKey(), columns.stream().map(m.getValue()).toList())).toList();
        return new Table(id, caption, heads, rows, null);
    }


    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        if (array.isArray()) {
            array.forEach(nodes::add);
        }
        return nodes;
    }

    private static Map<String, JsonNode> properties(JsonNode object) {
        Map<String, JsonNode> properties = new TreeMap<>();
        if (object.isObject()) {
            object.properties().forEach(p -> properties.put(p.getKey(), p.getValue()));
        }
        return properties;
    }

    private static String text(JsonNode node) {
        return node.isValueNode() && !node.isNull() ? node.asString() : NONE;
    }

    private static String count(JsonNode node) {
        return node.isNumber() ? String.valueOf(node.asLong()) : NONE;
    }

    private static String number(JsonNode node) {
        return node.isNumber() ? node.decimalValue().stripTrailingZeros().toPlainString() : NONE;
    }

    private static String decimal(JsonNode node) {
        return node.isNumber() ? node.decimalValue().setScale(1, RoundingMode.HALF_UP).toPlainString() : NONE;
    }

    private static String hours(JsonNode node) {
        return node.isNumber() ? decimal(node) + " h" : NONE;
    }

    /** A ratio (0.9318) as a percentage with one decimal (93.2 %); a dash when the ratio has no denominator. */
    static String percent(JsonNode ratio) {
        return ratio.isNumber() ? percent(ratio.decimalValue()) : NONE;
    }

    private static String percent(BigDecimal ratio) {
        return ratio.multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP).toPlainString() + " %";
    }

    private static String share(long part, long whole) {
        return whole == 0 ? NONE : percent(BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 6, RoundingMode.HALF_UP));
    }

    private static String share(JsonNode part, JsonNode whole) {
        return part.isNumber() && whole.isNumber() ? share(part.asLong(), whole.asLong()) : NONE;
    }

    private static Double ratio(JsonNode node) {
        return node.isNumber() ? node.asDouble() : null;
    }

    private static BigDecimal amount(JsonNode node) {
        if (node.isNumber()) {
            return node.decimalValue();
        }
        return node.isString() && !node.asString().isBlank() ? new BigDecimal(node.asString().trim()) : null;
    }

    private static String money(BigDecimal amount, String currency) {
        return amount.toPlainString() + " " + currency;
    }

    private static String money(JsonNode amount, String currency) {
        BigDecimal value = amount(amount);
        return value == null ? "none" : money(value, currency);
    }

    /**
     * Amounts per currency, each with its code, one a line: never one sum across currencies. A
     * dash when the run did not measure it, "none" when it measured nothing.
     */
    private static String money(JsonNode byCurrency) {
        if (!byCurrency.isObject()) {
            return NONE;
        }
        String amounts = properties(byCurrency).entrySet().stream().filter(a -> amount(a.getValue()) != null)
                .map(a -> money(a.getValue(), a.getKey())).collect(Collectors.joining("\n"));
        return amounts.isEmpty() ? "none" : amounts;
    }

    /** UNDERVALUATION as Undervaluation, LISTED_PARTY as Listed party. */
    private static String kind(JsonNode node) {
        String kind = text(node);
        if (kind.equals(NONE) || kind.isEmpty()) {
            return kind;
        }
        String words = kind.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String start(JsonNode node) {
        String start = text(node);
        try {
            return START.format(Instant.parse(start));
        } catch (DateTimeParseException e) {
            return start;
        }
    }
}
