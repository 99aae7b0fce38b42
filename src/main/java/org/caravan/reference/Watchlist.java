package org.caravan.reference;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.caravan.reference.internal.store.WatchlistTable;
import org.springframework.stereotype.Service;

/**
 * Screening of names against imported watchlists (UN consolidated list, OFAC SDN, national lists).
 * This first version matches exact names after normalising case, accents and punctuation;
 * fuzzy matching belongs to the risk engine.
 */
@Service
public class Watchlist {

    private final WatchlistTable table;
    private volatile Map<String, WatchlistHit> entries = Map.of();

    Watchlist(WatchlistTable table) {
        this.table = table;
        reload();
    }

    public Optional<WatchlistHit> screen(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(entries.get(normalise(name)));
    }

    public void add(String list, String name, String reference) {
        table.add(list, name, normalise(name), reference);
        reload();
    }

    /** Imports the OFAC SDN list in its CSV layout (no header; {@code -0-} means empty). */
    public int importOfacSdn(Path file) {
        int imported = table.importOfacSdn(file, Watchlist::normalise);
        reload();
        return imported;
    }

    public void reload() {
        Map<String, WatchlistHit> loaded = new ConcurrentHashMap<>();
        table.all().forEach(row -> loaded.putIfAbsent(row.normalisedName(), row.hit()));
        entries = loaded;
    }

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
