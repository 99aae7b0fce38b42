package org.caravan.reference;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
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
    private final AtomicLong imports = new AtomicLong();

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

    /** The first chapter of each HS section I to XXI: the sections are fixed ranges of chapters. */
    private static final int[] FIRST_CHAPTER_OF_SECTION = {1, 6, 15, 16, 25, 28, 39, 41, 44, 47, 50, 64, 68, 71, 72, 84,
            86, 90, 93, 94, 97};
    private static final String[] SECTIONS = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
            "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI"};

    /**
     * The HS section (Roman numeral I to XXI) of {@code code}, from its chapter, as the imported
     * nomenclature's {@code section} column has it; {@code other} for chapters 98 and 99 (national
     * use) and 00. From the chapter so it needs no import and no query on the filing's hot path.
     */
    public static String section(HsCode code) {
        int chapter = Integer.parseInt(code.chapter());
        if (chapter < 1 || chapter > 97) {
            return "other";
        }
        int section = FIRST_CHAPTER_OF_SECTION.length - 1;
        while (FIRST_CHAPTER_OF_SECTION[section] > chapter) {
            section--;
        }
        return SECTIONS[section];
    }

    public Map<String, TariffLine> pilotTariff() {
        return pilotTariff;
    }

    /** Replaces the stored nomenclature with the CSV at {@code file} (layout of datasets/harmonized-system). */
    public NomenclatureImported importNomenclature(Path file) {
        NomenclatureImported imported = table.replaceWith(file);
        imports.incrementAndGet();
        return imported;
    }

    /** Imports made by this process, so a reader can tell its copy is stale without asking the store. */
    public long imports() {
        return imports.get();
    }

    /** The imported subheadings with their heading's and chapter's descriptions; empty before an import. */
    public List<HsSubheadingText> subheadingTexts() {
        return table.subheadingTexts();
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
