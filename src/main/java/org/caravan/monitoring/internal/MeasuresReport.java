package org.caravan.monitoring.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.caravan.monitoring.PilotMeasures;
import org.caravan.monitoring.Query;
import org.caravan.monitoring.Report;
import org.caravan.monitoring.Row;
import org.caravan.monitoring.internal.store.RollupTable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reports read from the rollups: one query of summed rows, grouped into periods in memory. */
@Service
class MeasuresReport implements PilotMeasures {

    private static final List<String> SECTION_ORDER = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
            "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI");

    private final RollupTable table;

    MeasuresReport(RollupTable table) {
        this.table = table;
    }

    @Override
    @Transactional(readOnly = true)
    public Report report(Query q) {
        Map<LocalDate, Tally> periods = new TreeMap<>();
        for (LocalDate p = q.granularity().periodOf(q.from()); !p.isAfter(q.to()); p = q.granularity().next(p)) {
            periods.put(p, new Tally());
        }
        Tally total = new Tally();
        for (RollupLine line : table.summed(q.jurisdictions(), q.lane(), q.hsSection(), q.from(), q.to())) {
            periods.get(q.granularity().periodOf(line.day())).add(line);
            total.add(line);
        }
        List<Row> rows = new ArrayList<>(periods.size());
        periods.forEach((start, tally) -> rows.add(tally.row(start)));
        return new Report(q, rows, total.row(q.from()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> lanes(Set<String> jurisdictions) {
        return table.distinct("lane_key", jurisdictions).stream().sorted().toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> sections(Set<String> jurisdictions) {
        return table.distinct("hs_section", jurisdictions).stream()
                .sorted(Comparator.comparingInt(MeasuresReport::sectionOrder).thenComparing(s -> s)).toList();
    }

    private static int sectionOrder(String section) {
        int i = SECTION_ORDER.indexOf(section);
        return i < 0 ? SECTION_ORDER.size() : i;
    }
}
