package org.caravan.reference;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.caravan.reference.internal.OfacSdnFile;
import org.caravan.reference.internal.UnConsolidatedListFile;
import org.caravan.reference.internal.screening.NameIndex;
import org.caravan.reference.internal.store.WatchlistTable;
import org.springframework.stereotype.Service;

/**
 * Screening of names against imported watchlists (UN consolidated list, OFAC SDN, national lists).
 *
 * <p>Matching tolerates what separates a name on a parcel from the name on a list:
 * transliteration (Cyrillic and Latin), word order, initials, aliases and a letter dropped
 * or doubled. Every name of every entry is in an index keyed by its words' beginnings (also
 * with a letter left out) and consonant skeletons, so a screening scores a handful of
 * candidates, not the list. The threshold was set on a labelled set built from the lists themselves; see
 * {@code docs/risk-model.md}, "Watchlist screening".
 */
@Service
public class Watchlist {

    /** A name matches an entry from this score up (precision and recall at it: docs/risk-model.md). */
    public static final double THRESHOLD = 0.85;
    /** Longer input is cut before screening: no party's name is longer, and a hostile one costs nothing more. */
    static final int MAX_SCREENED_LENGTH = 300;
    /**
     * Names remembered with their hits, per loaded list: sellers and repeat consignees come back
     * parcel after parcel. Bounded: when full it starts again, so memory stays small whatever comes.
     */
    static final int REMEMBERED_NAMES = 4096;

    private final WatchlistTable table;
    private volatile Snapshot snapshot = new Snapshot(List.of(), new NameIndex(List.of()));

    /** The lists as loaded, their index, and the names screened against them so far. */
    private record Snapshot(List<WatchlistTable.Row> rows, NameIndex index, Map<String, List<WatchlistHit>> remembered) {

        Snapshot(List<WatchlistTable.Row> rows, NameIndex index) {
            this(rows, index, new ConcurrentHashMap<>());
        }
    }

    Watchlist(WatchlistTable table) {
        this.table = table;
        reload();
    }

    /** The best-matching entry, if any name of any entry matches. */
    public Optional<WatchlistHit> screen(String name) {
        List<WatchlistHit> hits = screenAll(name);
        return hits.isEmpty() ? Optional.empty() : Optional.of(hits.get(0));
    }

    /** Every entry the name matches, best first, each through its best-matching name. */
    public List<WatchlistHit> screenAll(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        String screened = name.length() > MAX_SCREENED_LENGTH ? name.substring(0, MAX_SCREENED_LENGTH) : name;
        Snapshot current = snapshot;
        if (current.index().size() == 0) {
            return List.of();
        }
        List<WatchlistHit> known = current.remembered().get(screened);
        if (known != null) {
            return known;
        }
        List<WatchlistHit> hits = screen(current, screened);
        if (current.remembered().size() >= REMEMBERED_NAMES) {
            current.remembered().clear();
        }
        current.remembered().put(screened, hits);
        return hits;
    }

    private static List<WatchlistHit> screen(Snapshot current, String screened) {
        List<WatchlistHit> hits = new ArrayList<>();
        Set<String> entries = new HashSet<>();
        for (NameIndex.Match match : current.index().matches(screened, THRESHOLD)) {
            WatchlistTable.Row row = current.rows().get(match.name());
            if (entries.add(row.list() + "\u0000" + row.reference())) {
                hits.add(new WatchlistHit(row.list(), row.primaryName(), row.reference(), row.name(),
                        Math.min(1, match.score())));
            }
        }
        return List.copyOf(hits);
    }

    /** Adds one name as an entry of its own (a national list kept by hand). */
    public void add(String list, String name, String reference) {
        table.add(list, name, normalise(name), reference);
        reload();
    }

    /** Imports the OFAC SDN list in its CSV layout (no header; {@code -0-} means empty), with the aliases its remarks quote. */
    public int importOfacSdn(Path file) {
        int imported = table.replaceList(OfacSdnFile.LIST, OfacSdnFile.read(file), Watchlist::normalise);
        reload();
        return imported;
    }

    /** Imports the UN Security Council consolidated list (XML), every alias and original-script name included. */
    public int importUnConsolidated(Path file) {
        int imported = table.replaceList(UnConsolidatedListFile.LIST, UnConsolidatedListFile.read(file), Watchlist::normalise);
        reload();
        return imported;
    }

    public void reload() {
        List<WatchlistTable.Row> rows = table.all();
        snapshot = new Snapshot(rows, new NameIndex(rows.stream().map(WatchlistTable.Row::name).toList()));
    }

    /** Upper case, accents and punctuation out: the form in which two filings' names are compared as equal. */
    public static String normalise(String name) {
        if (plainAscii(name)) {
            return asciiNormalised(name);
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return decomposed.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    /** Most names screened are plain ASCII: they need no Unicode decomposition, and no regex. */
    private static boolean plainAscii(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The same result as the general path for ASCII: letters upper-cased, every other run one space, trimmed. */
    private static String asciiNormalised(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean gap = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letterOrDigit = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (letterOrDigit) {
                if (gap && !out.isEmpty()) {
                    out.append(' ');
                }
                gap = false;
                out.append(c >= 'a' ? (char) (c - 32) : c);
            } else {
                gap = true;
            }
        }
        return out.toString();
    }
}
