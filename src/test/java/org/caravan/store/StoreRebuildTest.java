package org.caravan.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.caravan.common.store.StoreRebuild;
import org.caravan.simulator.CaravanClient.Reply;
import org.caravan.support.Api;
import org.caravan.support.Filings;
import org.caravan.support.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repair the service runs on an embedded store a crash left inconsistent: rebuilt
 * from its rows, it keeps every filing, its idempotency records and its credentials, and
 * the service serves from it as before.
 */
class StoreRebuildTest {

    @TempDir
    Path dataDir;

    @Test
    void aRebuiltStoreKeepsEveryFilingAndServesAsBefore() throws Exception {
        Path log = Files.createTempFile("caravan-rebuild", ".log");
        String trackingNumber = Filings.unique("CRV");
        String key = Filings.unique("key-");
        Map<String, Object> manifest;
        String manifestId;
        try (ServiceProcess service = start(log)) {
            Api api = service.api();
            // the id issued now, so the replay after the rebuild sends the very same body
            manifest = Filings.manifest(Filings.unique("MAWB-"), "KZ", List.of(Filings.line(trackingNumber,
                    null, null, "KZ", api.consumerId("KZ-P5"), "Aigerim Sadykova", "610910", 1, "20.00", "0.400")));
            Reply filed = api.post("/api/v1/manifests", api.token("demo-courier", "demo-secret"), key, manifest);
            assertThat(filed.status()).isEqualTo(202);
            manifestId = filed.body().get("manifestId").asString();
            service.stop();
        }
        long consignments = CrashRecoveryTest.count(dataDir, "select count(*) from consignment");
        String password = Files.readString(dataDir.resolve("keys/store-password")).trim();

        Path kept = StoreRebuild.rebuild("jdbc:h2:file:" + dataDir.resolve("caravan")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0", "caravan", password);

        assertThat(kept.resolve("caravan.mv.db")).exists();
        assertThat(CrashRecoveryTest.count(dataDir, "select count(*) from consignment")).isEqualTo(consignments);
        try (ServiceProcess service = start(log)) {
            Api api = service.api();
            String courier = api.token("demo-courier", "demo-secret");
            Reply replay = api.post("/api/v1/manifests", courier, key, manifest);
            assertThat(replay.status()).isEqualTo(202);
            assertThat(replay.body().get("manifestId").asString()).isEqualTo(manifestId);
            assertThat(api.get("/api/v1/consignments/" + trackingNumber, courier).status()).isEqualTo(200);
            Reply again = api.post("/api/v1/manifests", courier, Filings.unique("key-"), manifest);
            assertThat(again.status()).as("the unique indexes were rebuilt too").isEqualTo(409);
            service.stop();
        }
    }

    private ServiceProcess start(Path log) {
        return ServiceProcess.start(dataDir, log, List.of(), Map.of("CARAVAN_DEMO_PARTIES", "true"),
                api -> api.token("demo-courier", "demo-secret") != null);
    }
}
