package org.caravan.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.caravan.party.Role;
import org.caravan.simulator.CaravanClient.Reply;
import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * With far more concurrent requests than database connections, the service turns clients
 * away with 503 and Retry-After, never with a 500.
 */
@ActiveProfiles("test")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.hikari.maximum-pool-size=2", "spring.datasource.hikari.connection-timeout=250"})
class OverloadTest extends ApiTest {

    private static final int CLIENTS = 50;
    private static final int REQUESTS = 300;

    @Test
    void aSaturatedConnectionPoolAnswers503WithRetryAfterAndNever500() throws Exception {
        String courier = as(Role.COURIER, null);
        String officer = as(Role.OFFICER, "KZ");
        String known = Filings.unique("CRV");
        assertThat(api.post("/api/v1/manifests", courier, Filings.unique("k"), manifest(known, 1)).status()).isEqualTo(202);

        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Reply>> replies = new ArrayList<>();
        try {
            for (int i = 0; i < REQUESTS; i++) {
                int n = i;
                replies.add(clients.submit(() -> switch (n % 3) {
                    case 0 -> api.post("/api/v1/manifests", courier, Filings.unique("k"), manifest(Filings.unique("CRV"), 20));
                    case 1 -> api.get("/api/v1/tasks?queue=inspection&limit=1000", officer);
                    default -> api.get("/api/v1/consignments/" + known, courier);
                }));
            }
            List<Reply> answered = new ArrayList<>();
            for (Future<Reply> reply : replies) {
                answered.add(reply.get(60, TimeUnit.SECONDS));
            }

            assertThat(answered).allSatisfy(r -> assertThat(r.status()).as(r.raw())
                    .satisfiesAnyOf(s -> assertThat(s).isBetween(200, 499), s -> assertThat(s).isEqualTo(503)));
            List<Reply> unavailable = answered.stream().filter(r -> r.status() == 503).toList();
            assertThat(unavailable).as("the pool of two connections was saturated at least once").isNotEmpty();
            assertThat(unavailable).allSatisfy(r -> {
                assertThat(r.contentType()).startsWith("application/problem+json");
                assertThat(r.body().get("type").asString()).isEqualTo("/problems/service-unavailable");
                assertThat(r.body().get("detail").asString()).contains("Idempotency-Key");
                assertThat(r.header("Retry-After")).hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isPositive());
            });
        } finally {
            clients.shutdownNow();
        }
    }

    private static Object manifest(String firstTrackingNumber, int lines) {
        return Filings.manifest(Filings.unique("MAWB-"), "KZ", IntStream.range(0, lines)
                .mapToObj(i -> Filings.line(i == 0 ? firstTrackingNumber : Filings.unique("CRV"), null, null, "KZ", "KZ-P7",
                        "Saule Nurlanova", "610910", 1, "10.00", "0.300"))
                .toList());
    }
}
