package org.caravan.common.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the embedded H2 store from its rows: every row is written out as SQL by a scan
 * of its table, the old file is kept aside for inspection, and a new file is loaded from
 * that script, so every index is built anew. It repairs an index that disagrees with its
 * table (what a crash in the middle of a large transaction once left); it cannot invent
 * rows that were never written.
 */
public final class StoreRebuild {

    private static final Logger log = LoggerFactory.getLogger(StoreRebuild.class);
    private static final int KEPT = 3;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

    private StoreRebuild() {
    }

    /**
     * Rebuilds the closed-to-everyone-else store at {@code url}; nothing may hold a connection
     * to it. Returns the folder where the old file and the script are kept.
     */
    public static Path rebuild(String url, String user, String password) {
        Path database = EmbeddedStore.databasePath(url);
        Path kept = OwnerOnlyFiles.directory(database.getParent().resolve("recovery").resolve(STAMP.format(Instant.now())));
        Path script = kept.resolve("caravan.sql");
        try {
            try (Connection c = DriverManager.getConnection(url, user, password); var s = c.createStatement()) {
                s.execute("script to '" + sqlPath(script) + "'");
                s.execute("shutdown");
            }
            Files.move(Path.of(database + ".mv.db"), kept.resolve("caravan.mv.db"), StandardCopyOption.ATOMIC_MOVE);
            try (Connection c = DriverManager.getConnection(url, user, password); var s = c.createStatement()) {
                s.execute("runscript from '" + sqlPath(script) + "'");
                s.execute("shutdown");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Rebuilding the embedded store failed; the original is kept in " + kept, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Rebuilding the embedded store failed; the original is kept in " + kept, e);
        }
        OwnerOnlyFiles.restrictTree(database.getParent());
        pruneOlderThanLast(KEPT, kept.getParent());
        log.warn("Rebuilt the embedded store from its rows; the original file and the script are kept in {}", kept);
        return kept;
    }

    /** Keeps the newest few rebuilds' originals, so repeated crashes do not fill the disk. */
    private static void pruneOlderThanLast(int keep, Path recovery) {
        try (var attempts = Files.list(recovery)) {
            List<Path> sorted = attempts.sorted(Comparator.reverseOrder()).toList();
            for (Path old : sorted.subList(Math.min(keep, sorted.size()), sorted.size())) {
                try (var files = Files.walk(old)) {
                    for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(f);
                    }
                }
            }
        } catch (IOException e) {
            log.warn("Could not prune old store rebuilds under {}: {}", recovery, e.getMessage());
        }
    }

    private static String sqlPath(Path path) {
        if (path.toString().contains("'")) {
            throw new IllegalArgumentException("The data directory's path may not contain a quote: " + path);
        }
        return path.toAbsolutePath().toString();
    }
}
