package org.caravan.simulator.internal;

import java.util.ArrayList;
import java.util.List;

/** Chart geometry of the pilot report: where each bar and label goes, in the chart's own units. */
final class ChartLayout {

    static final int WIDTH = 640;

    record Item(String name, double value, String text) {
    }

    /** A lane or measure with one bar per series. */
    record Group(String name, String note, List<? extends Number> values, List<String> texts) {
    }

    private ChartLayout() {
    }

    /** Vertical bars, one per item, heights in proportion to the values. */
    static EvaluationReport.Chart columns(String id, String title, List<Item> items, String axisTitle) {
        double left = 16, right = WIDTH - 16, top = 28, base = 220;
        int height = 262;
        double max = items.stream().mapToDouble(Item::value).max().orElse(0);
        double slot = items.isEmpty() ? 0 : (right - left) / items.size();
        double width = slot * 0.7;
        List<EvaluationReport.Bar> bars = new ArrayList<>();
        List<EvaluationReport.Label> labels = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            double h = scale(item.value(), max, base - top);
            double x = left + i * slot + (slot - width) / 2;
            bars.add(new EvaluationReport.Bar("primary", item.name(), round(x), round(base - h), round(width), round(h), item.text()));
            labels.add(new EvaluationReport.Label("value", round(x + width / 2), round(base - h - 6), "middle", item.text()));
            labels.add(new EvaluationReport.Label("category", round(x + width / 2), base + 18, "middle", item.name()));
        }
        labels.add(new EvaluationReport.Label("axis-title", WIDTH / 2.0, height - 6, "middle", axisTitle));
        return new EvaluationReport.Chart(id, title, WIDTH, height, null, bars, labels, List.of(),
                List.of(new EvaluationReport.Axis(left, base, right, base)));
    }

    /**
     * Vertical bars in groups, one bar per series in each group. {@code scaleTo} fixes the top
     * of the scale (1.0 for shares); 0 scales to the largest value.
     */
    static EvaluationReport.Chart grouped(String id, String title, List<Group> groups, List<String> series, List<String> seriesNames,
            double scaleTo) {
        double left = 16, right = WIDTH - 16, top = 48, base = 224;
        int height = 272;
        double max = scaleTo > 0 ? scaleTo
                : groups.stream().flatMap(g -> g.values().stream()).mapToDouble(ChartLayout::valueOf).max().orElse(0);
        double slot = groups.isEmpty() ? 0 : (right - left) / groups.size();
        double inner = Math.min(slot * 0.7, 64.0 * series.size());
        double width = inner / series.size();
        List<EvaluationReport.Bar> bars = new ArrayList<>();
        List<EvaluationReport.Label> labels = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            double start = left + g * slot + (slot - inner) / 2;
            for (int s = 0; s < series.size(); s++) {
                double h = scale(valueOf(group.values().get(s)), max, base - top);
                double x = start + s * width;
                bars.add(new EvaluationReport.Bar(series.get(s), group.name(), round(x + 1), round(base - h), round(width - 2), round(h),
                        group.texts().get(s)));
                labels.add(new EvaluationReport.Label("value", round(x + width / 2), round(base - h - 6), "middle", group.texts().get(s)));
            }
            labels.add(new EvaluationReport.Label("category", round(left + g * slot + slot / 2), base + 18, "middle", group.name()));
            if (!group.note().isEmpty()) {
                labels.add(new EvaluationReport.Label("note", round(left + g * slot + slot / 2), base + 36, "middle", group.note()));
            }
        }
        List<EvaluationReport.Swatch> legend = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            legend.add(new EvaluationReport.Swatch(series.get(s), left + s * 220, 10, seriesNames.get(s)));
        }
        return new EvaluationReport.Chart(id, title, WIDTH, height, null, bars, labels, legend, List.of(new EvaluationReport.Axis(left, base, right, base)));
    }

    /** Horizontal bars, one row per item, all in {@code currency}; {@code kinds} colours the rows, if given. */
    static EvaluationReport.Chart rows(String id, String title, String currency, List<Item> items, List<String> kinds) {
        double left = 132, longest = 340, row = 28, bar = 18, top = 8;
        int height = (int) (top * 2 + row * items.size());
        double max = items.stream().mapToDouble(Item::value).max().orElse(0);
        List<EvaluationReport.Bar> bars = new ArrayList<>();
        List<EvaluationReport.Label> labels = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            double w = scale(item.value(), max, longest);
            double y = top + i * row + (row - bar) / 2;
            bars.add(new EvaluationReport.Bar(kinds.isEmpty() ? "primary" : kinds.get(i), item.name(), left, round(y), round(w), bar,
                    item.text()));
            labels.add(new EvaluationReport.Label("category", left - 8, round(y + bar - 4), "end", item.name()));
            labels.add(new EvaluationReport.Label("value", round(left + w + 6), round(y + bar - 4), "start", item.text()));
        }
        return new EvaluationReport.Chart(id, title, WIDTH, height, currency, bars, labels, List.of(),
                List.of(new EvaluationReport.Axis(left, top, left, height - top)));
    }

    private static double valueOf(Number n) {
        return n == null ? 0 : n.doubleValue();
    }

    private static double scale(double value, double max, double length) {
        return max <= 0 || value <= 0 ? 0 : value / max * length;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
