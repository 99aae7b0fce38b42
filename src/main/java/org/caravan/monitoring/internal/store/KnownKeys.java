package org.caravan.monitoring.internal.store;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.caravan.monitoring.internal.RollupLine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes the (jurisdiction, lane, section) keys of appended rollups to {@code monitoring_key},
 * remembering those this instance has stored so that, once warm, the hot path costs no
 * statement. The memory is bounded: a pilot has a few thousand keys; should it ever hold
 * more, it is forgotten and refilled, which only costs a few idempotent inserts.
 */
final class KnownKeys {

    static final int MAX_REMEMBERED = 20_000;

    private record Key(String jurisdiction, String lane, String section) implements Comparable<Key> {

        @Override
        public int compareTo(Key o) {
            int c = jurisdiction.compareTo(o.jurisdiction);
            c = c != 0 ? c : lane.compareTo(o.lane);
            return c != 0 ? c : section.compareTo(o.section);
        }
    }

    private final Set<Key> stored = ConcurrentHashMap.newKeySet();
    private final JdbcTemplate jdbc;

    KnownKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(List<RollupLine> lines) {
        // sorted, so two transactions inserting the same new keys take their locks in one order
        TreeSet<Key> fresh = new TreeSet<>();
        for (RollupLine l : lines) {
            Key k = new Key(l.jurisdiction(), l.lane(), l.section());
            if (!stored.contains(k)) {
                fresh.add(k);
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        List<Key> keys = List.copyOf(fresh);
        jdbc.batchUpdate("insert into monitoring_key (jurisdiction, lane_key, hs_section) values (?, ?, ?) "
                + "on conflict do nothing", keys, keys.size(), (ps, k) -> {
                    ps.setString(1, k.jurisdiction());
                    ps.setString(2, k.lane());
                    ps.setString(3, k.section());
                });
        // remembered only once committed: a rolled-back insert must be tried again
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    remember(keys);
                }
            });
        } else {
            remember(keys);
        }
    }

    private void remember(List<Key> keys) {
        if (stored.size() + keys.size() > MAX_REMEMBERED) {
            stored.clear();
        }
        stored.addAll(keys);
    }
}
