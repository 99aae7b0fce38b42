package org.caravan.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.caravan.simulator.CaravanClient.Reply;
import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

@ActiveProfiles("test")
@TestPropertySource(properties = {"caravan.http.rate-limit.requests-per-period=5", "caravan.http.rate-limit.period=PT1M",
        "caravan.http.rate-limit.clients.rate-busy-platform=8"})
class ClientRateLimitTest extends ApiTest {

    @Test
    void aClientPastItsRequestsPerPeriodIsToldToWaitAndOthersAreNot() {
        String busy = as(Role.PLATFORM, null);
        String other = as(Role.COURIER, null);
        for (int i = 0; i < 5; i++) {
            assertThat(api.get("/api/v1/jurisdictions", busy).status()).isEqualTo(200);
        }
        Reply refused = api.get("/api/v1/jurisdictions", busy);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("type").asString()).endsWith("too-many-requests");
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        // every route counts, filings too
        String tracking = Filings.unique("CRV");
        assertThat(api.post("/api/v1/orders", busy, Filings.unique("k"),
                Filings.order(Filings.unique("TM-"), "KZ", "KZ-P000000000000", "Dana Omarova", "610910", 1, "10.00")).status()).isEqualTo(429);

        assertThat(api.get("/api/v1/jurisdictions", other).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/tracking/" + tracking, null).status()).as("anonymous tracking has its own limits")
                .isNotEqualTo(429);
    }

    @Test
    void aClientNamedInTheSettingsHasItsOwnLimit() {
        String clientId = "rate-busy-platform";
        parties.ensure(clientId, SECRET, "Busy platform", Role.PLATFORM, Optional.empty());
        String token = api.token(clientId, SECRET);
        for (int i = 0; i < 8; i++) {
            assertThat(api.get("/api/v1/jurisdictions", token).status()).isEqualTo(200);
        }
        assertThat(api.get("/api/v1/jurisdictions", token).status()).isEqualTo(429);
    }
}
