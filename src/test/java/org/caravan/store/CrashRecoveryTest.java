package org.caravan.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;

import org.caravan.support.ServiceProcess;

/** Crash recovery on the embedded store (H2 in file mode), as `./caravan serve` runs it. */
class CrashRecoveryTest extends CrashRecovery {

    @Override
    ServiceProcess start(Path log) {
        return ServiceProcess.start(dataDir, log, List.of(), Map.of("CARAVAN_DEMO_PARTIES", "true"),
                api -> api.token("demo-courier", "demo-secret") != null);
    }

    @Override
    String courier() {
        return "demo-courier";
    }

    @Override
    String platform() {
        return "demo-platform";
    }

    @Override
    long count(String sql, Object... params) throws Exception {
        return count(dataDir, sql, params);
    }

    static long count(Path dataDir, String sql, Object... params) throws Exception {
        String password = Files.readString(dataDir.resolve("keys/store-password")).trim();
        try (var c = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("caravan")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "caravan", password);
                var statement = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (var rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
