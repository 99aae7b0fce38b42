package org.caravan.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import org.caravan.party.Role;
import org.caravan.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.ActiveProfiles;

/**
 * Times a generated CUSCAR of {@code -Dcaravan.measure.cuscar=<consignments>} filed over HTTP
 * on H2, with the peak heap, for docs/benchmarks.md. Not part of the suite: run it alone with
 * the command given there, which puts H2 on file so the store does not share the measured heap.
 */
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "caravan.measure.cuscar", matches = "\\d+")
class CuscarFilingMeasurement extends ApiTest {

    @Value("${local.server.port}")
    int serverPort;

    @Test
    void fileALargeCuscarAndReportTheTimeAndPeakHeap() throws Exception {
        int consignments = Integer.parseInt(System.getProperty("caravan.measure.cuscar"));
        Path file = Files.createTempFile("cuscar-measure", ".edi");
        try {
            long started = System.nanoTime();
            CuscarBenchmark.generate(file, consignments);
            System.out.printf(Locale.ROOT, "generated %,d consignments, %,d bytes in %.1f s%n", consignments,
                    Files.size(file), (System.nanoTime() - started) / 1e9);
            String token = as(Role.COURIER, null);
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + serverPort
                    + "/api/v1/interchange/edifact"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/EDIFACT")
                    .timeout(Duration.ofHours(1)).POST(HttpRequest.BodyPublishers.ofFile(file)).build();
            started = System.nanoTime();
            HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "HTTP %d in %.1f s (%,.0f consignments/s); peak heap used %,d MiB of max %,d MiB%n",
                    answer.statusCode(), seconds, consignments / seconds, peakHeap() >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
            assertThat(answer.statusCode()).as(answer.body().substring(0, Math.min(2000, answer.body().length())))
                    .isEqualTo(202);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
