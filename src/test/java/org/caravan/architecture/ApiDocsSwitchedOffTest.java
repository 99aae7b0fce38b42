package org.caravan.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import org.caravan.simulator.CaravanClient.Reply;
import org.caravan.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** A deployment that does not publish its contract answers 404 where the documents would be. */
@ActiveProfiles("test")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "caravan.http.api-docs=false")
class ApiDocsSwitchedOffTest extends ApiTest {

    @Test
    void theOpenApiDocumentAndSwaggerUiAreNotServed() {
        for (String path : new String[] {"/v3/api-docs", "/swagger-ui.html", "/swagger-ui/index.html"}) {
            Reply r = api.get(path, null);
            assertThat(r.status()).as(path).isEqualTo(404);
            assertThat(r.contentType()).as(path).startsWith("application/problem+json");
            assertThat(r.body().get("type").asString()).isEqualTo("/problems/not-found");
        }
    }
}
