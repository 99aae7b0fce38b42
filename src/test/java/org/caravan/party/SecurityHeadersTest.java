package org.caravan.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.caravan.simulator.CaravanClient.Reply;
import org.caravan.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every API answer, with or without a token, succeeded or refused, tells a browser not to
 * sniff, frame, cache, run or load anything from it, nor pass its address on.
 */
@ActiveProfiles("test")
class SecurityHeadersTest extends ApiTest {

    @Test
    void anAuthenticatedAnswerCarriesTheHeaders() {
        Reply r = api.get("/api/v1/jurisdictions", as(Role.COURIER, null));
        assertThat(r.status()).isEqualTo(200);
        assertHardened(r);
    }

    @Test
    void theOpenTrackingPageAndARefusalCarryThemToo() {
        Reply tracking = api.get("/api/v1/tracking/CRVNOSUCHPARCEL", null);
        assertThat(tracking.status()).isEqualTo(404);
        assertHardened(tracking);
        Reply refused = api.get("/api/v1/jurisdictions", null);
        assertThat(refused.status()).isEqualTo(401);
        assertHardened(refused);
    }

    private static void assertHardened(Reply r) {
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'; frame-ancestors 'none'");
        assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(r.headers().allValues("Cache-Control")).isNotEmpty()
                .allSatisfy(v -> assertThat(List.of(v.split(",\\s*"))).contains("no-store"));
    }
}
