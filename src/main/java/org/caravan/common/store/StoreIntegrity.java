package org.caravan.common.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Repairs and checks the embedded store after an unclean shutdown, before the service takes
 * traffic: a start that finds the previous run did not close the store rebuilds it from its
 * rows ({@link StoreRebuild}), then runs every module's {@link StoreCheck} and refuses to
 * serve from an inconsistent store. PostgreSQL recovers from its own write-ahead log; its
 * checks run on demand.
 */
@Component
public class StoreIntegrity implements SmartInitializingSingleton, DisposableBean {

    static final String OPEN_MARKER = "store.open";
    private static final Logger log = LoggerFactory.getLogger(StoreIntegrity.class);

    private final ObjectProvider<StoreCheck> checks;
    private final HikariDataSource embedded;
    private final Path marker;

    StoreIntegrity(ObjectProvider<StoreCheck> checks, DataSource dataSource) {
        this.checks = checks;
        this.embedded = dataSource instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null
                && hikari.getJdbcUrl().startsWith("jdbc:h2:file:") ? hikari : null;
        this.marker = embedded == null ? null : EmbeddedStore.dataDirectory(embedded.getJdbcUrl()).resolve(OPEN_MARKER);
    }

    /** Every module's findings; empty when the store is consistent. */
    public List<String> check() {
        List<String> findings = new ArrayList<>();
        checks.orderedStream().forEach(check -> findings.addAll(check.findings()));
        return findings;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (marker == null) {
            return;
        }
        if (Files.exists(marker)) {
            // Killed in the middle of a large transaction, H2 has kept a unique-index entry of the
            // rolled-back rows (seen here in about one kill in twenty): the row is gone, the index
            // still refuses its tracking number. A check over rows cannot see an entry without a
            // row, so after every unclean shutdown the indexes are rebuilt from the rows first.
            log.warn("The embedded store was not closed cleanly; rebuilding its indexes from its rows before serving");
            rebuild();
            List<String> findings = check();
            if (!findings.isEmpty()) {
                throw new IllegalStateException("The embedded store is inconsistent after a crash: " + findings
                        + ". Rebuilding did not repair it; restore it from backup (see README, 'Durability').");
            }
            log.info("The embedded store is consistent");
        }
        // the store's own files now exist: restrict what the database created with the process umask
        OwnerOnlyFiles.restrictTree(marker.getParent());
        OwnerOnlyFiles.createSecret(marker, "");
    }

    /** Takes the pool's connections away while the file is replaced; the pool reconnects to the new one. */
    private void rebuild() {
        var pool = embedded.getHikariPoolMXBean();
        pool.suspendPool();
        try {
            pool.softEvictConnections();
            StoreRebuild.rebuild(embedded.getJdbcUrl(), embedded.getUsername(), embedded.getPassword());
        } finally {
            pool.softEvictConnections();
            pool.resumePool();
        }
    }

    @Override
    public void destroy() throws IOException {
        if (marker != null) {
            Files.deleteIfExists(marker);
        }
    }
}
