package org.caravan.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.caravan.simulator.CaravanClient.Reply;
import org.caravan.support.Filings;
import org.caravan.support.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM while a large manifest is being filed: the service stops taking requests but
 * finishes the filing in flight, answers it 202, and the manifest is in the store when the
 * service comes back.
 */
class GracefulShutdownTest {

    private static final int PARCELS = 20_000;

    @TempDir
    Path dataDir;

    @Test
    void aManifestInFlightWhenTheServiceIsToldToStopIsFiledAndAnswered() throws Exception {
        Path log = Files.createTempFile("caravan-graceful", ".log");
        List<Map<String, Object>> lines = new ArrayList<>();
        String first = Filings.unique("GS");
        String last = Filings.unique("GS");
        for (int i = 0; i < PARCELS; i++) {
            String tn = i == 0 ? first : i == PARCELS - 1 ? last : Filings.unique("GS");
            lines.add(Filings.line(tn, null, null, "KZ", null, "Aigerim Sadykova", "610910", 1, "20.00", "0.4"));
        }
        Map<String, Object> manifest = Filings.manifest(Filings.unique("MAWB-"), "KZ", lines);
        String courier;
        CompletableFuture<Reply> filing;
        try (ServiceProcess service = start(log)) {
            courier = service.api().token("demo-courier", "demo-secret");
            filing = CompletableFuture.supplyAsync(
                    () -> service.api().post("/api/v1/manifests", courier, Filings.unique("k"), manifest));
            // the body is sent and the filing under way, far from done, when the operator stops the service
            Thread.sleep(1500);
            assertThat(filing).as("still filing when SIGTERM is sent").isNotDone();
            service.stop();
            assertThat(filing.get(45, TimeUnit.SECONDS).status()).as(service.tail()).isEqualTo(202);
        }
        try (ServiceProcess service = start(log)) {
            String token = service.api().token("demo-courier", "demo-secret");
            assertThat(service.api().get("/api/v1/consignments/" + first, token).status()).isEqualTo(200);
            assertThat(service.api().get("/api/v1/consignments/" + last, token).status()).isEqualTo(200);
        }
    }

    private ServiceProcess start(Path log) {
        return ServiceProcess.start(dataDir, log, List.of(), Map.of("CARAVAN_DEMO_PARTIES", "true"),
                api -> api.token("demo-courier", "demo-secret") != null);
    }
}
