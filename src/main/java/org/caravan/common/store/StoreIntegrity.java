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
 * Checks the embedded store after an unclean shutdown, before the service takes traffic.
 * H2 is crash-safe by design but has had index corruption after a kill in the middle of a
 * large transaction, so a start that finds the previous run did not close the store runs
 * every module's {@link StoreCheck} and refuses to serve from an inconsistent store.
 * PostgreSQL recovers from its own write-ahead log; its checks run on demand.
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
            log.warn("The embedded store was not closed cleanly; checking its consistency before serving");
            List<String> findings = check();
            if (!findings.isEmpty()) {
                log.warn("The embedded store is inconsistent after a crash: {}; rebuilding its indexes from its rows", findings);
                rebuild();
                findings = check();
            }
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
