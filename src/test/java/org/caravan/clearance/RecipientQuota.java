package org.caravan.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.caravan.party.Role;
import org.caravan.simulator.CaravanClient.Reply;
import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.junit.jupiter.api.Test;

/**
 * Uzbekistan's courier quota is counted per recipient and month. Manifests for one
 * recipient filed at the same moment, each on its own request thread and transaction, must
 * spend it exactly as if they had come one after the other: every parcel sees what the
 * earlier ones used, none sees the same amount as another before the quota is full.
 * Runs on H2 and on PostgreSQL.
 */
public abstract class RecipientQuota extends ApiTest {

    static final int MANIFESTS = 6;

    @Test
    void manifestsFiledAtOnceForOneRecipientSpendTheQuotaExactlyOnce() throws Exception {
        String courier = as(Role.COURIER, null);
        String officer = as(Role.OFFICER, "UZ");
        String recipient = Filings.unique("UZ-Q");
        List<String> trackingNumbers = new ArrayList<>();
        List<Map<String, Object>> manifests = new ArrayList<>();
        for (int i = 0; i < MANIFESTS; i++) {
            String tn = Filings.unique("CRQ");
            trackingNumbers.add(tn);
            manifests.add(Filings.manifest(Filings.unique("MAWB-"), "UZ", List.of(
                    Filings.line(tn, null, null, "UZ", recipient, "Dilnoza Karimova", "610910", 1, "60.00", "0.400"))));
        }

        ExecutorService threads = Executors.newFixedThreadPool(MANIFESTS);
        try {
            List<CompletableFuture<Reply>> filed = manifests.stream()
                    .map(m -> CompletableFuture.supplyAsync(() -> api.post("/api/v1/manifests", courier,
                            Filings.unique("k"), m), threads))
                    .toList();
            for (CompletableFuture<Reply> f : filed) {
                assertThat(f.get().status()).isEqualTo(202);
            }
        } finally {
            threads.shutdown();
        }

        List<BigDecimal> usedBefore = new ArrayList<>();
        for (String tn : trackingNumbers) {
            Reply r = api.get("/api/v1/consignments/" + tn, officer);
            assertThat(r.status()).isEqualTo(200);
            usedBefore.add(new BigDecimal(r.body().at("/cases/0/assessment/allowance/usedBefore/amount").asString()));
        }
        // 60 USD each against 200 USD a month: in whatever order they ran, 0, 60, 120 and 180
        // were used before the first four, and the quota was full for the last two
        assertThat(usedBefore.stream().map(BigDecimal::stripTrailingZeros).sorted().map(BigDecimal::toPlainString))
                .containsExactly("0", "60", "120", "180", "200", "200");
    }
}
