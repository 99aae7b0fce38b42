package org.caravan.reference;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.caravan.reference.internal.CsvRows;
import org.caravan.reference.internal.store.NomenclatureTable;
import org.springframework.stereotype.Service;

/**
 * Which HS 2022 subheadings exist: the built-in pilot tariff always, plus the full
 * nomenclature once imported. Known codes are cached; a miss asks the database,
 * so an import by another process is seen without a restart.
 */
@Service
public class HsNomenclature {

    private final Map<String, TariffLine> pilotTariff;
    private final Set<String> known = ConcurrentHashMap.newKeySet();
    private final NomenclatureTable table;

    HsNomenclature(NomenclatureTable table) {
        this.table = table;
        this.pilotTariff = CsvRows.classpath("reference/pilot-tariff.csv").stream()
                .map(HsNomenclature::tariffLine)
                .collect(Collectors.toUnmodifiableMap(TariffLine::subheading, line -> line));
        known.addAll(pilotTariff.keySet());
    }

    /** Whether the six-digit subheading of {@code code} exists in HS 2022. */
    public boolean isKnown(HsCode code) {
        String subheading = code.subheading();
        if (known.contains(subheading)) {
            return true;
        }
        if (table.containsSubheading(subheading)) {
            known.add(subheading);
            return true;
        }
        return false;
    }

    public Optional<TariffLine> pilotLine(HsCode code) {
        return Optional.ofNullable(pilotTariff.get(code.subheading()));
    }

    public Optional<Restriction> restriction(HsCode code) {
        return pilotLine(code).flatMap(TariffLine::restriction);
    }

    /** The product category for monitoring and risk, {@code other} outside the pilot tariff. */
    public String category(HsCode code) {
        return pilotLine(code).map(TariffLine::category).orElse("other");
    }

    public Map<String, TariffLine> pilotTariff() {
        return pilotTariff;
    }

    /** Replaces the stored nomenclature with the CSV at {@code file} (layout of datasets/harmonized-system). */
    public NomenclatureImported importNomenclature(Path file) {
        return table.replaceWith(file);
    }

    public int importedSubheadings() {
        return table.countSubheadings();
    }

    private static TariffLine tariffLine(Map<String, String> row) {
        String restriction = row.get("restriction");
        Optional<Restriction> parsed = restriction == null || restriction.isBlank() ? Optional.empty()
                : Optional.of(new Restriction(Restriction.Kind.valueOf(restriction), row.get("restriction_source")));
        return new TariffLine(new HsCode(row.get("hs_code")).subheading(), row.get("category"), row.get("description"),
                parsed);
    }
}
