package org.caravan.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import org.caravan.support.Api.Reply;
import org.caravan.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;

/** The public contract is published as an OpenAPI document, open without a token. */
@ActiveProfiles("test")
class OpenApiDocumentTest extends ApiTest {

    @Test
    void describesTheFilingClearanceAndTrackingRoutes() {
        Reply r = api.get("/v3/api-docs", null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get("openapi").asString()).startsWith("3.");
        assertThat(r.body().get("paths").propertyNames()).contains("/api/v1/orders", "/api/v1/manifests",
                "/api/v1/consignments/{trackingNumber}", "/api/v1/consignments/{trackingNumber}/arrival",
                "/api/v1/tasks", "/api/v1/tasks/{id}/result", "/api/v1/tracking/{trackingNumber}", "/oauth2/token");
    }
}
