package org.caravan.risk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.caravan.reference.HsExample;
import org.caravan.reference.HsExamples;
import org.caravan.reference.HsNomenclature;
import org.caravan.reference.HsSubheadingText;
import org.caravan.reference.TariffLine;
import org.caravan.risk.internal.hs.HeldOut;
import org.caravan.risk.internal.hs.HsTextIndex;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Suggests HS subheadings for a product description, so a platform can classify while the
 * buyer pays and the risk engine can tell a description from the code declared with it.
 * Learns from the pilot tariff, the nomenclature once imported and the labelled descriptions
 * once imported; the index is built at start-up and again after an import (by this process
 * at once, by another within a minute).
 */
@Service
public class HsSuggestions {

    public static final int MAX_TEXT = 500;
    public static final int MAX_LIMIT = 20;
    public static final int DEFAULT_LIMIT = 5;

    private static final long RECHECK_NANOS = 60_000_000_000L;

    private final HsNomenclature nomenclature;
    private final HsExamples examples;
    private volatile Built built;

    HsSuggestions(HsNomenclature nomenclature, HsExamples examples) {
        this.nomenclature = nomenclature;
        this.examples = examples;
    }

    private record Built(HsTextIndex index, Map<String, String> descriptions, long nomenclatureImports,
            long exampleImports, int subheadings, int examples, long checkedAt) {
    }

    /** The best {@code limit} subheadings for {@code text}, best first; none when no word of it is known. */
    public List<HsCandidate> suggest(String text, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT);
        }
        Built current = current();
        return current.index().search(text, limit).stream()
                .map(hit -> new HsCandidate(hit.subheading(), current.descriptions().getOrDefault(hit.subheading(), ""),
                        Math.round(hit.score() * 10_000) / 10_000.0))
                .toList();
    }

    @EventListener(ApplicationReadyEvent.class)
    void buildAtStartUp(ApplicationReadyEvent ready) {
        if (ready.getApplicationContext() instanceof WebServerApplicationContext) {
            current(); // a command-line run asks for no suggestion, or builds when it does
        }
    }

    /**
     * Measures suggestions on the labelled descriptions of one held-out split with an index
     * that learned from the training split only.
     */
    public HsAccuracy evaluate(HeldOutSplit split) {
        List<HsExample> all = examples.all();
        List<HsExample> train = all.stream().filter(e -> HeldOut.of(e.description()) == HeldOut.TRAIN).toList();
        HeldOut wanted = split == HeldOutSplit.TEST ? HeldOut.TEST : HeldOut.VALIDATION;
        List<HsExample> measured = all.stream().filter(e -> HeldOut.of(e.description()) == wanted).toList();
        if (measured.isEmpty()) {
            throw new IllegalStateException("No labelled descriptions to measure on: import them first "
                    + "(./caravan reference import-hs-examples FILE...)");
        }
        HsTextIndex index = new HsTextIndex(entries(nomenclature.subheadingTexts(), train), HsTextIndex.Weights.TUNED);
        // per kind of description (uk, cbp), then per source where a kind has several (HMRC's search
        // terms beside its real parcel descriptions), then all together
        Map<String, List<HsExample>> kinds = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        Map<String, List<HsExample>> sources = new java.util.TreeMap<>();
        for (HsExample example : measured) {
            kinds.computeIfAbsent(kind(example.source()), k -> new ArrayList<>()).add(example);
            sources.computeIfAbsent(example.source(), k -> new ArrayList<>()).add(example);
        }
        List<HsAccuracy.Group> figures = new ArrayList<>();
        kinds.forEach((name, rows) -> figures.add(measure(index, name, rows)));
        sources.forEach((name, rows) -> {
            if (rows.size() < kinds.get(kind(name)).size()) {
                figures.add(measure(index, name, rows));
            }
        });
        figures.add(measure(index, "all", measured));
        return new HsAccuracy(split.name().toLowerCase(Locale.ROOT), train.size(), figures);
    }

    /** Which labelled descriptions a measurement uses. */
    public enum HeldOutSplit { VALIDATION, TEST }

    private static String kind(String source) {
        int cut = source.indexOf('_');
        return cut > 0 ? source.substring(0, cut) : source;
    }

    private static HsAccuracy.Group measure(HsTextIndex index, String name, List<HsExample> rows) {
        int[] top1 = new int[3];
        int[] top5 = new int[3];
        int[] digits = {2, 4, 6};
        for (HsExample row : rows) {
            List<HsTextIndex.Hit> hits = index.search(row.description(), 5);
            for (int d = 0; d < 3; d++) {
                String want = row.subheading().substring(0, digits[d]);
                Predicate<HsTextIndex.Hit> right = h -> h.subheading().startsWith(want);
                if (!hits.isEmpty() && right.test(hits.get(0))) {
                    top1[d]++;
                }
                if (hits.stream().anyMatch(right)) {
                    top5[d]++;
                }
            }
        }
        double n = rows.size();
        return new HsAccuracy.Group(name, rows.size(), share(top1[0], n), share(top1[1], n), share(top1[2], n),
                share(top5[0], n), share(top5[1], n), share(top5[2], n));
    }

    private static double share(int count, double of) {
        return Math.round(count / of * 1000) / 1000.0;
    }

    private Built current() {
        Built current = built;
        long now = System.nanoTime();
        if (current != null && current.nomenclatureImports() == nomenclature.imports()
                && current.exampleImports() == examples.imports()) {
            if (now - current.checkedAt() < RECHECK_NANOS) {
                return current;
            }
            // another process (./caravan reference import-…) may have replaced the tables
            if (current.subheadings() == nomenclature.importedSubheadings() && current.examples() == examples.count()) {
                built = new Built(current.index(), current.descriptions(), current.nomenclatureImports(),
                        current.exampleImports(), current.subheadings(), current.examples(), now);
                return built;
            }
        }
        return rebuild();
    }

    private synchronized Built rebuild() {
        Built current = built;
        if (current != null && current.nomenclatureImports() == nomenclature.imports()
                && current.exampleImports() == examples.imports() && System.nanoTime() - current.checkedAt() < 1_000_000_000L) {
            return current; // another request rebuilt it while this one waited
        }
        long nomenclatureImports = nomenclature.imports();
        long exampleImports = examples.imports();
        List<HsSubheadingText> subheadings = nomenclature.subheadingTexts();
        List<HsExample> labelled = examples.all();
        Map<String, String> descriptions = new HashMap<>();
        labelled.forEach(e -> descriptions.putIfAbsent(e.subheading(), e.description()));
        nomenclature.pilotTariff().values().forEach(line -> descriptions.put(line.subheading(), line.description()));
        subheadings.forEach(s -> descriptions.put(s.subheading(), s.description()));
        built = new Built(new HsTextIndex(entries(subheadings, labelled), HsTextIndex.Weights.TUNED),
                Map.copyOf(descriptions), nomenclatureImports, exampleImports, subheadings.size(), labelled.size(),
                System.nanoTime());
        return built;
    }

    private List<HsTextIndex.Entry> entries(List<HsSubheadingText> subheadings, List<HsExample> labelled) {
        List<HsTextIndex.Entry> entries = new ArrayList<>();
        for (HsSubheadingText s : subheadings) {
            entries.add(new HsTextIndex.Entry(s.subheading(), HsTextIndex.Kind.SUBHEADING, s.description(),
                    s.heading() + " " + s.chapter()));
        }
        for (TariffLine line : nomenclature.pilotTariff().values()) {
            entries.add(new HsTextIndex.Entry(line.subheading(), HsTextIndex.Kind.PILOT, line.description(),
                    line.category()));
        }
        for (HsExample e : labelled) {
            entries.add(new HsTextIndex.Entry(e.subheading(), HsTextIndex.Kind.EXAMPLE, e.description(), ""));
        }
        return entries;
    }
}
