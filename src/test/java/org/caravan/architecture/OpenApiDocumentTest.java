package org.caravan.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import org.caravan.simulator.CaravanClient.Reply;
import org.caravan.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;

/** The public contract is published as an OpenAPI document, open without a token. */
@ActiveProfiles("test")
class OpenApiDocumentTest extends ApiTest {

    private JsonNode document;

    @BeforeEach
    void fetch() {
        Reply r = api.get("/v3/api-docs", null);
        assertThat(r.status()).isEqualTo(200);
        document = r.body();
    }

    @Test
    void describesTheFilingClearanceAndTrackingRoutes() {
        assertThat(document.get("openapi").asString()).startsWith("3.");
        assertThat(document.get("paths").propertyNames()).contains("/api/v1/orders", "/api/v1/manifests",
                "/api/v1/consignments/{trackingNumber}", "/api/v1/consignments/{trackingNumber}/arrival",
                "/api/v1/tasks", "/api/v1/tasks/{id}/result", "/api/v1/tracking/{trackingNumber}", "/oauth2/token",
                "/api/v1/consignments/{trackingNumber}/events")
                .doesNotContain("/error");
    }

    @Test
    void eachOperationAnswersWithItsRealSuccessCodeAndTypedSchema() {
        assertThat(schemaRef("/paths/~1api~1v1~1orders/post/responses/201")).isEqualTo("#/components/schemas/OrderReceipt");
        assertThat(schemaRef("/paths/~1api~1v1~1manifests/post/responses/202")).isEqualTo("#/components/schemas/ManifestReceipt");
        assertThat(schemaRef("/paths/~1api~1v1~1tracking~1{trackingNumber}/get/responses/200"))
                .isEqualTo("#/components/schemas/TrackingView");
        assertThat(schemaRef("/paths/~1oauth2~1token/post/responses/200")).isEqualTo("#/components/schemas/TokenResponse");
        assertThat(document.at("/paths/~1api~1v1~1orders/post/responses/200").isMissingNode()).isTrue();
        assertThat(document.at("/paths/~1api~1v1~1manifests/post/responses/200").isMissingNode()).isTrue();
        assertThat(schemaRef("/paths/~1api~1v1~1quotes/post/responses/201")).isEqualTo("#/components/schemas/Quote");
        assertThat(schemaRef("/paths/~1api~1v1~1quotes~1{quoteId}/get/responses/200")).isEqualTo("#/components/schemas/Quote");
        assertThat(document.at("/paths/~1api~1v1~1quotes/post/responses/200").isMissingNode()).isTrue();
        assertThat(schemaRef("/paths/~1api~1v1~1hs~1suggest/post/responses/200"))
                .isEqualTo("#/components/schemas/SuggestionsResponse");
        assertThat(refusals("/api/v1/hs/suggest", "post")).contains("400", "401", "422").doesNotContain("404", "409");
    }

    @Test
    void theClearanceAnswersAreTypedAndClosed() {
        assertThat(schemaRef("/paths/~1api~1v1~1consignments~1{trackingNumber}/get/responses/200"))
                .isEqualTo("#/components/schemas/ConsignmentResponse");
        assertThat(schemaRef("/paths/~1api~1v1~1tasks/get/responses/200")).isEqualTo("#/components/schemas/Page");
        JsonNode assessment = document.at("/components/schemas/Assessment");
        assertThat(assessment.at("/additionalProperties").asBoolean(true)).isFalse();
        assertThat(assessment.get("required").valueStream().map(JsonNode::asString))
                .contains("dutyFree", "chargeComputed", "charges", "rates", "holds").doesNotContain("regime", "totalDue");
        assertThat(document.at("/components/schemas/ChargeLine/properties/due/$ref").asString())
                .isEqualTo("#/components/schemas/Money");
        assertThat(document.at("/components/schemas/ChargeLine/properties/type/enum").valueStream().map(JsonNode::asString))
                .containsExactly("DUTY", "VAT", "SINGLE_RATE", "FEE", "EXCISE");
    }

    @Test
    void documentsCanBeSuppliedAsStructuredDataOrAPdfAndPermitsHaveARegistry() {
        assertThat(document.get("paths").propertyNames()).contains("/api/v1/consignments/{trackingNumber}/document-requests",
                "/api/v1/document-requests/{id}/documents", "/api/v1/documents/{id}/review",
                "/api/v1/documents/{id}/content", "/api/v1/permits", "/api/v1/permits/{number}",
                "/api/v1/permits/{number}/revocation");
        assertThat(document.at("/paths/~1api~1v1~1document-requests~1{id}~1documents/post/requestBody/content")
                .propertyNames()).contains("application/json", "application/pdf");
        assertThat(schemaRef("/paths/~1api~1v1~1permits/post/responses/201")).isEqualTo("#/components/schemas/PermitResponse");
        assertThat(document.at("/components/schemas/PermitRegistrationBody/properties").propertyNames())
                .contains("number", "hsCode", "holder", "validFrom", "validUntil", "quantity", "unit");
        assertThat(document.at("/components/schemas/EPermitBody/properties").propertyNames())
                .contains("permitNumber", "issuingAgency", "validFrom", "validUntil");
        assertThat(schemaRef("/paths/~1api~1v1~1consignments~1{trackingNumber}~1document-requests/post/responses/201"))
                .isEqualTo("#/components/schemas/DocumentRequestResponse");
    }

    @Test
    void paymentsAreConfirmedByPartiesAndTheConsigneeAndReconciledInStatements() {
        assertThat(document.get("paths").propertyNames()).contains("/api/v1/consignments/{trackingNumber}/payment-requests",
                "/api/v1/payments", "/api/v1/tracking/{trackingNumber}/payments", "/api/v1/refunds/{reference}/paid",
                "/api/v1/statements/{month}");
        for (String pay : new String[] {"~1api~1v1~1payments", "~1api~1v1~1tracking~1{trackingNumber}~1payments"}) {
            assertThat(schemaRef("/paths/" + pay + "/post/responses/201")).isEqualTo("#/components/schemas/PaymentConfirmed");
            assertThat(schemaRef("/paths/" + pay + "/post/responses/200")).isEqualTo("#/components/schemas/PaymentConfirmed");
            assertThat(document.at("/paths/" + pay + "/post/requestBody/content/application~1json/schema/$ref").asString())
                    .isEqualTo("#/components/schemas/PaymentBody");
        }
        assertThat(refusals("/api/v1/tracking/{trackingNumber}/payments", "post")).contains("404", "422", "429")
                .doesNotContain("401");
        assertThat(refusals("/api/v1/payments", "post")).contains("401", "403", "409", "422");
        assertThat(document.at("/paths/~1api~1v1~1statements~1{month}/get/responses/200/content").propertyNames())
                .contains("application/json", "text/csv");
        assertThat(document.at("/components/schemas/PaymentConfirmed/properties/amount/$ref").asString())
                .isEqualTo("#/components/schemas/Money");
    }

    @Test
    void moneyHasOneSchemaThatEveryAmountRefersTo() {
        JsonNode money = document.at("/components/schemas/Money");
        assertThat(money.get("required").valueStream().map(JsonNode::asString)).containsExactly("amount", "currency");
        assertThat(money.at("/properties/amount/type").asString()).isEqualTo("string");
        assertThat(money.get("additionalProperties").asBoolean(true)).isFalse();
        assertThat(document.at("/components/schemas/LandedCost/properties/customsValue/$ref").asString())
                .isEqualTo("#/components/schemas/Money");
    }

    @Test
    void everyRefusalIsAProblemOfTheSharedSchema() {
        JsonNode problem = document.at("/components/schemas/Problem");
        assertThat(problem.get("properties").propertyNames()).contains("type", "title", "status", "detail", "instance", "errors");
        assertThat(document.at("/components/schemas/ProblemError/properties").propertyNames())
                .contains("pointer", "header", "code", "message", "line");
        assertThat(refusals("/api/v1/orders", "post")).contains("400", "401", "403", "409", "413", "415", "422", "503");
        assertThat(refusals("/api/v1/manifests", "post")).contains("400", "401", "403", "409", "413", "415", "422", "503");
        assertThat(refusals("/api/v1/tracking/{trackingNumber}", "get")).contains("404", "429", "503").doesNotContain("401");
        assertThat(refusals("/api/v1/consignments/{trackingNumber}/events", "post")).contains("401", "403", "404", "409", "422");
        assertThat(refusals("/oauth2/token", "post")).contains("400", "401", "413", "415", "429", "503")
                .doesNotContain("403");
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation ->
                operation.getValue().get("responses").properties().stream()
                        .filter(response -> !response.getKey().startsWith("2"))
                        .forEach(response -> assertThat(response.getValue()
                                .at("/content/application~1problem+json/schema/$ref").asString())
                                .as(path.getKey() + " " + operation.getKey() + " " + response.getKey())
                                .isEqualTo("#/components/schemas/Problem"))));
    }

    @Test
    void aBearerTokenIsRequiredEverywhereButTrackingAndTheTokenEndpoint() {
        assertThat(document.at("/components/securitySchemes/bearerAuth/scheme").asString()).isEqualTo("bearer");
        assertThat(document.at("/components/securitySchemes/bearerAuth/bearerFormat").asString()).isEqualTo("JWT");
        document.get("paths").properties().stream().filter(path -> path.getKey().startsWith("/api/"))
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    // the consumer reads without a token, and sends a document or a payment proving a fact of the filing
                    boolean open = (path.getKey().equals("/api/v1/tracking/{trackingNumber}") && operation.getKey().equals("get"))
                            || (operation.getKey().equals("post") && (path.getKey().equals("/api/v1/tracking/{trackingNumber}/payments")
                                    || path.getKey().equals("/api/v1/tracking/{trackingNumber}/document-requests/{requestId}/documents")));
                    assertThat(operation.getValue().at("/security/0/bearerAuth").isArray())
                            .as(path.getKey() + " " + operation.getKey()).isEqualTo(!open);
                }));
        JsonNode token = document.at("/paths/~1oauth2~1token/post");
        assertThat(token.at("/security/0/clientBasic").isArray()).isTrue();
        assertThat(token.at("/requestBody/content/application~1x-www-form-urlencoded/schema/$ref").asString())
                .isEqualTo("#/components/schemas/TokenRequest");
        assertThat(document.at("/components/schemas/TokenRequest/properties").propertyNames())
                .containsExactlyInAnyOrder("grant_type", "client_id", "client_secret");
    }

    @Test
    void filingsNeedAnIdempotencyKeyAndShowTheExamplesOfTheContract() {
        for (String path : new String[] {"~1api~1v1~1orders", "~1api~1v1~1manifests"}) {
            JsonNode key = document.at("/paths/" + path + "/post/parameters").valueStream()
                    .filter(p -> p.get("name").asString().equals("Idempotency-Key")).findFirst().orElseThrow();
            assertThat(key.get("in").asString()).isEqualTo("header");
            assertThat(key.get("required").asBoolean()).isTrue();
        }
        assertThat(document.at("/paths/~1api~1v1~1orders/post/parameters").valueStream().map(p -> p.get("name").asString()))
                .doesNotContain("caller");
        assertThat(document.at("/paths/~1api~1v1~1orders/post/requestBody/content/application~1json/examples/order/value"
                + "/platformOrderRef").asString()).isEqualTo("TM-2026-000123");
        JsonNode manifest = document.at("/paths/~1api~1v1~1manifests/post/requestBody/content");
        assertThat(manifest.at("/application~1json/examples/manifest/value/manifestRef").asString())
                .isEqualTo("MAWB-784-12345675");
        assertThat(manifest.at("/application~1x-ndjson/examples/manifest/value").asString()).contains("CRV000000001KZ");
    }

    private String schemaRef(String response) {
        return document.at(response + "/content/application~1json/schema/$ref").asString();
    }

    private java.util.Collection<String> refusals(String path, String method) {
        return document.get("paths").get(path).get(method).get("responses").propertyNames();
    }
}
