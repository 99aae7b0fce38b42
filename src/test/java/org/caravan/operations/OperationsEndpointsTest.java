package org.caravan.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.caravan.party.Role;
import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The probes a load balancer and an orchestrator ask, and the metrics Prometheus scrapes:
 * probes open on both ports without details, metrics only on the management port.
 */
@ActiveProfiles("test")
@TestPropertySource(properties = "caravan.metrics.gauge-refresh=PT0.2S")
class OperationsEndpointsTest extends ApiTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Value("${local.management.port}")
    int managementPort;

    @Test
    void livenessAndReadinessAnswerUpWithoutATokenAndWithoutDetails() throws Exception {
        assertThat(managementPort).isNotEqualTo(port);
        for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
            HttpResponse<String> reply = get(managementPort, path);
            assertThat(reply.statusCode()).as(path).isEqualTo(200);
            assertThat(reply.body()).as(path).contains("\"status\":\"UP\"").doesNotContain("components", "details");
        }
        for (String path : List.of("/livez", "/readyz")) {
            HttpResponse<String> reply = get(port, path);
            assertThat(reply.statusCode()).as(path).isEqualTo(200);
            assertThat(reply.body()).as(path).contains("\"status\":\"UP\"").doesNotContain("components");
        }
    }

    @Test
    void metricsAreScrapedOnTheManagementPortOnly() throws Exception {
        assertThat(get(port, "/actuator/prometheus").statusCode()).isEqualTo(404);
        HttpResponse<String> scrape = get(managementPort, "/actuator/prometheus");
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("caravan_webhooks_backlog", "caravan_events_incomplete",
                "hikaricp_connections_active", "http_server_requests_seconds");
    }

    @Test
    void filingAndDecidingAreCountedAndTheHeldParcelQueuesATask() throws Exception {
        String courier = as(Role.COURIER, null);
        String tracking = Filings.unique("CRM");
        assertThat(api.post("/api/v1/manifests", courier, Filings.unique("k"), Filings.manifest(Filings.unique("MAWB-"),
                "KZ", List.of(Filings.line(tracking, null, null, "KZ", "KZ-P3", "Timur Akhmetov", "240220", 10, "60.00",
                        "2.100")))).status()).isEqualTo(202);
        api.awaitDecision(tracking, courier);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            String body = get(managementPort, "/actuator/prometheus").body();
            assertThat(body).containsPattern("caravan_consignments_filed_total\\{[^}]*jurisdiction=\"KZ\"[^}]*} [1-9]")
                    .containsPattern("caravan_consignments_decided_total\\{[^}]*jurisdiction=\"KZ\"[^}]*status=\"[A-Z_]+\"")
                    .containsPattern("caravan_decision_latency_seconds_count\\{[^}]*jurisdiction=\"KZ\"[^}]*} [1-9]")
                    .containsPattern("caravan_officer_tasks_open\\{[^}]*jurisdiction=\"KZ\"[^}]*queue=\"(?i:inspection)\"[^}]*} [1-9]");
        });
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
