package org.caravan.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.caravan.reference.internal.CsvRows;
import org.springframework.stereotype.Service;

/**
 * Duty rates per jurisdiction and HS code from {@code reference/duty-rates.csv}, each row
 * cited. The most specific prefix in force wins; where no row covers a code, no rate is
 * known and the assessment says so instead of guessing.
 */
@Service
public class DutyTariff {

    private final Map<CountryCode, List<DutyRate>> byJurisdiction;

    public DutyTariff() {
        this(CsvRows.classpath("reference/duty-rates.csv").stream().map(DutyTariff::row).toList());
    }

    DutyTariff(List<DutyRate> rates) {
        this.byJurisdiction = rates.stream().collect(Collectors.groupingBy(DutyRate::jurisdiction,
                Collectors.collectingAndThen(Collectors.toList(), list -> {
                    List<DutyRate> sorted = new ArrayList<>(list);
                    sorted.sort(Comparator.comparingInt(DutyRate::specificity).reversed());
                    return List.copyOf(sorted);
                })));
    }

    public Optional<DutyRate> rate(CountryCode jurisdiction, HsCode code, LocalDate on) {
        return byJurisdiction.getOrDefault(jurisdiction, List.of()).stream()
                .filter(r -> r.covers(code) && r.inForce(on)).findFirst();
    }

    public List<DutyRate> rates(CountryCode jurisdiction) {
        return byJurisdiction.getOrDefault(jurisdiction, List.of());
    }

    private static DutyRate row(Map<String, String> row) {
        String prefix = row.get("hs_prefix").trim();
        if (!prefix.equals("*") && !prefix.matches("\\d{2,10}")) {
            throw new IllegalStateException("duty-rates.csv: hs_prefix must be 2 to 10 digits or *: " + row);
        }
        String source = row.get("source").trim();
        if (source.isEmpty()) {
            throw new IllegalStateException("duty-rates.csv: every rate needs its source: " + row);
        }
        String to = row.getOrDefault("valid_to", "").trim();
        String percent = row.get("duty_percent").trim();
        return new DutyRate(CountryCode.of(row.get("jurisdiction").trim()), prefix,
                percent.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(percent)),
                LocalDate.parse(row.get("valid_from").trim()), to.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(to)),
                Confidence.valueOf(row.get("confidence").trim()), source, row.getOrDefault("note", "").trim());
    }
}
