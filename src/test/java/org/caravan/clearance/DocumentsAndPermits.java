package org.caravan.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.caravan.party.Role;
import org.caravan.simulator.CaravanClient.Reply;
import org.caravan.support.Api;
import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.caravan.support.OpenApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Paperless documents and the permit registry against the public API: an officer asks for
 * an invoice on a held parcel, the courier and the platform supply it, the officer rejects
 * and accepts, and the case moves on; permits registered by an issuing agency let licensed
 * goods pass, and a permit that does not hold up keeps the parcel for documents, saying why.
 * Runs on H2 and on PostgreSQL.
 */
public abstract class DocumentsAndPermits extends ApiTest {

    private static final String MEDICINE = "300490";

    private OpenApiContract contract;
    private final String[] platformId = new String[1];
    private String platform;
    private String courier;
    private String officer;

    @BeforeEach
    void parties() {
        contract = new OpenApiContract(api.get("/v3/api-docs", null).body());
        platform = platform(platformId);
        courier = as(Role.COURIER, null);
        officer = as(Role.OFFICER, "KZ");
    }

    @Test
    void anInvoiceIsRequestedSuppliedRejectedSuppliedAgainAndAcceptedAndTheParcelIsReleased() {
        String tracking = file(MEDICINE, 2, "12.00", null, "KZ-P" + Filings.unique(""));
        JsonNode held = api.awaitDecision(tracking, officer);
        assertThat(held.at("/cases/0/status").asString()).isEqualTo("HELD_FOR_DOCUMENTS");

        Reply requested = checked("POST", "/api/v1/consignments/{trackingNumber}/document-requests", api.post(
                "/api/v1/consignments/" + tracking + "/document-requests", officer, null,
                Map.of("kind", "INVOICE", "reason", "show what the medicine was bought for")));
        assertThat(requested.status()).isEqualTo(201);
        assertThat(requested.body().get("state").asString()).isEqualTo("OPEN");
        String requestId = requested.body().get("requestId").asString();

        // The courier and the platform see the request; so does the consignment view.
        Reply seen = checked("GET", "/api/v1/consignments/{trackingNumber}/document-requests",
                api.get("/api/v1/consignments/" + tracking + "/document-requests", platform));
        assertThat(seen.body().at("/requests/0/kind").asString()).isEqualTo("INVOICE");
        JsonNode courierView = api.awaitDecision(tracking, courier);
        assertThat(courierView.at("/cases/0/documentRequests/0/reason").asString())
                .isEqualTo("show what the medicine was bought for");

        // The courier supplies a structured e-invoice; the officer finds it wanting.
        Reply invoice = checked("POST", "/api/v1/document-requests/{id}/documents", api.post(
                "/api/v1/document-requests/" + requestId + "/documents", courier, null, invoice("24.00")));
        assertThat(invoice.status()).isEqualTo(201);
        assertThat(invoice.body().get("format").asString()).isEqualTo("E_INVOICE");
        assertThat(invoice.body().at("/data/lines/0/unitPrice").asString()).isEqualTo("12.00");
        Reply rejected = checked("POST", "/api/v1/documents/{id}/review", api.post("/api/v1/documents/"
                + invoice.body().get("documentId").asString() + "/review", officer, null,
                Map.of("decision", "REJECTED", "reason", "the seller is not the one on the order")));
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.body().get("state").asString()).isEqualTo("REJECTED");
        assertThat(rejected.body().get("caseStatus").asString()).isEqualTo("HELD_FOR_DOCUMENTS");

        // The platform supplies the seller's PDF; the officer accepts it and the parcel is released.
        Reply pdf = api.post("/api/v1/document-requests/" + requestId + "/documents", platform, null, "application/pdf",
                "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");
        assertThat(pdf.status()).as(pdf.raw()).isEqualTo(201);
        assertThat(contract.violations("POST", "/api/v1/document-requests/{id}/documents", pdf)).isEmpty();
        assertThat(pdf.body().get("sha256").asString()).hasSize(64);
        String pdfId = pdf.body().get("documentId").asString();
        Reply content = api.get("/api/v1/documents/" + pdfId + "/content", officer);
        assertThat(content.status()).isEqualTo(200);
        assertThat(content.raw()).startsWith("%PDF-1.7");
        Reply accepted = checked("POST", "/api/v1/documents/{id}/review", api.post("/api/v1/documents/" + pdfId + "/review",
                officer, null, Map.of("decision", "ACCEPTED")));
        assertThat(accepted.body().get("state").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.body().get("caseStatus").asString()).isEqualTo("RELEASED_PRE_ARRIVAL");

        JsonNode after = api.awaitDecision(tracking, officer);
        assertThat(after.at("/cases/0/documentRequests/0/state").asString()).isEqualTo("SATISFIED");
        assertThat(after.at("/cases/0/history").findValuesAsString("action")).containsSubsequence("DOCUMENT_REQUESTED",
                "DOCUMENT_SUPPLIED", "DOCUMENT_REJECTED", "DOCUMENT_SUPPLIED", "DOCUMENT_ACCEPTED", "TASK_RESULT");

        // Released, the case takes no more requests.
        Reply late = checked("POST", "/api/v1/consignments/{trackingNumber}/document-requests", api.post(
                "/api/v1/consignments/" + tracking + "/document-requests", officer, null,
                Map.of("kind", "CERTIFICATE", "reason", "too late")));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body().get("type").asString()).isEqualTo("/problems/illegal-transition");
        // Nor does its satisfied request take more documents.
        Reply again = api.post("/api/v1/document-requests/" + requestId + "/documents", courier, null, invoice("24.00"));
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void anAcceptedCertificateOnADutiableParcelLeavesPaymentRequired() {
        String tracking = file(MEDICINE, 1, "349.00", null, "KZ-P" + Filings.unique(""));
        assertThat(api.awaitDecision(tracking, officer).at("/cases/0/status").asString()).isEqualTo("HELD_FOR_DOCUMENTS");
        Reply requested = api.post("/api/v1/consignments/" + tracking + "/document-requests", officer, null,
                Map.of("kind", "CERTIFICATE", "reason", "the registration certificate of the medicine"));
        String requestId = requested.body().get("requestId").asString();
        Reply structured = api.post("/api/v1/document-requests/" + requestId + "/documents", courier, null, invoice("24.00"));
        assertThat(structured.status()).as("a certificate comes as a PDF").isEqualTo(422);
        Reply pdf = api.post("/api/v1/document-requests/" + requestId + "/documents", courier, null, "application/pdf",
                "%PDF-1.4\n% registration certificate\n%%EOF\n");
        assertThat(pdf.status()).isEqualTo(201);
        Reply accepted = checked("POST", "/api/v1/documents/{id}/review", api.post("/api/v1/documents/"
                + pdf.body().get("documentId").asString() + "/review", officer, null, Map.of("decision", "ACCEPTED")));
        assertThat(accepted.body().get("caseStatus").asString()).isEqualTo("PAYMENT_REQUIRED");
        assertThat(accepted.body().at("/amountDue/currency").asString()).isEqualTo("KZT");
    }

    @Test
    void aBodyThatIsNotAPdfAnOversizedPdfAndABadInvoiceAreRefusedNamingTheField() {
        String requestId = heldWithRequest("INVOICE");
        Reply png = api.post("/api/v1/document-requests/" + requestId + "/documents", courier, null, "application/pdf",
                "\u0089PNG\r\n\u001a\n not a pdf");
        assertThat(png.status()).isEqualTo(422);
        assertThat(png.body().at("/errors/0/code").asString()).isEqualTo("not-a-pdf");
        Reply image = api.post("/api/v1/document-requests/" + requestId + "/documents", courier, null, "image/png", "png");
        assertThat(image.status()).isEqualTo(415);
        Reply big = api.post("/api/v1/document-requests/" + requestId + "/documents", courier, null, "application/pdf",
                "%PDF-1.4\n" + "x".repeat(100_000));
        assertThat(big.status()).isEqualTo(422);
        assertThat(big.body().at("/errors/0/code").asString()).isEqualTo("too-large");
        Reply sums = api.post("/api/v1/document-requests/" + requestId + "/documents", courier, null, invoice("99.00"));
        assertThat(sums.status()).isEqualTo(422);
        assertThat(sums.body().at("/errors/0/pointer").asString()).isEqualTo("/invoice/total");
        Reply permitForInvoice = api.post("/api/v1/document-requests/" + requestId + "/documents", courier, null,
                Map.of("permit", Map.of("permitNumber", "P-1", "issuingAgency", "Ministry of Health", "validFrom",
                        "2026-01-01", "validUntil", "2026-12-31")));
        assertThat(permitForInvoice.status()).isEqualTo(422);
        assertThat(permitForInvoice.body().at("/errors/0/code").asString()).isEqualTo("wrong-document-format");
        String held = file(MEDICINE, 2, "12.00", null, "KZ-P" + Filings.unique(""));
        api.awaitDecision(held, officer);
        Reply noReason = api.post("/api/v1/consignments/" + held + "/document-requests", officer, null,
                Map.of("kind", "INVOICE"));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.body().at("/errors/0/pointer").asString()).isEqualTo("/reason");
        // a consignment that does not exist is not found, whatever the body lacks
        assertThat(api.post("/api/v1/consignments/" + Filings.unique("CRV") + "/document-requests", officer, null,
                Map.of("kind", "INVOICE")).status()).isEqualTo(404);
    }

    @Test
    void anotherCourierAndAnOfficerOfAnotherCountryAreToldTheRequestDoesNotExist() {
        String requestId = heldWithRequest("INVOICE");
        String otherCourier = as(Role.COURIER, null);
        assertThat(api.post("/api/v1/document-requests/" + requestId + "/documents", otherCourier, null, invoice("24.00"))
                .status()).isEqualTo(404);
        Reply supplied = api.post("/api/v1/document-requests/" + requestId + "/documents", courier, null, invoice("24.00"));
        String uzOfficer = as(Role.OFFICER, "UZ");
        assertThat(api.post("/api/v1/documents/" + supplied.body().get("documentId").asString() + "/review", uzOfficer,
                null, Map.of("decision", "ACCEPTED")).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/documents/" + supplied.body().get("documentId").asString() + "/content", uzOfficer)
                .status()).isEqualTo(404);
        Reply rejectedWithoutReason = api.post("/api/v1/documents/" + supplied.body().get("documentId").asString()
                + "/review", officer, null, Map.of("decision", "REJECTED"));
        assertThat(rejectedWithoutReason.status()).isEqualTo(422);
        assertThat(rejectedWithoutReason.body().at("/errors/0/pointer").asString()).isEqualTo("/reason");
    }

    @Test
    void aRegisteredPermitLetsLicensedGoodsPassAndIsDrawnDown() {
        String agency = as(Role.ISSUING_AGENCY, "KZ");
        String consumer = api.consumerId("KZ-P" + Filings.unique(""));
        String number = Filings.unique("KZ-MED-");
        Reply registered = checked("POST", "/api/v1/permits", api.post("/api/v1/permits", agency, null,
                permit(number, "3004", consumer, LocalDate.now().minusDays(30), LocalDate.now().plusDays(30), "5")));
        assertThat(registered.status()).as(registered.raw()).isEqualTo(201);

        String tracking = file(MEDICINE, 2, "12.00", number, consumer);
        JsonNode decided = api.awaitDecision(tracking, officer);
        assertThat(decided.at("/cases/0/status").asString()).isEqualTo("RELEASED_PRE_ARRIVAL");
        assertThat(decided.at("/cases/0/risk/reasons").findValuesAsString("rule")).contains("permit-checked")
                .doesNotContain("documents-required");
        assertThat(decided.at("/consignment/items/0/permitRef").asString()).isEqualTo(number);

        Reply shown = checked("GET", "/api/v1/permits/{number}", api.get("/api/v1/permits/" + number, officer));
        assertThat(shown.body().get("drawn").asString()).isEqualTo("2");
        assertThat(shown.body().get("remaining").asString()).isEqualTo("3");
        assertThat(api.get("/api/v1/permits/" + number, as(Role.OFFICER, "UZ")).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/permits", officer, null, permit(Filings.unique("X-"), "3004", consumer,
                LocalDate.now(), LocalDate.now(), "1")).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/permits", agency, null, permit(number, "3004", consumer, LocalDate.now(),
                LocalDate.now(), "1")).status()).isEqualTo(409);
    }

    @Test
    void expiredWrongGoodsUnknownRevokedAndOverdrawnPermitsHoldTheParcelSayingWhy() {
        String agency = as(Role.ISSUING_AGENCY, "KZ");
        String consumer = api.consumerId("KZ-P" + Filings.unique(""));
        LocalDate today = LocalDate.now();
        String expired = register(agency, "3004", consumer, today.minusDays(60), today.minusDays(30), "10");
        String otherGoods = register(agency, "3002", consumer, today.minusDays(1), today.plusDays(30), "10");
        String small = register(agency, "3004", consumer, today.minusDays(1), today.plusDays(30), "3");
        String revoked = register(agency, "3004", consumer, today.minusDays(1), today.plusDays(30), "10");
        Reply revocation = checked("POST", "/api/v1/permits/{number}/revocation", api.post("/api/v1/permits/" + revoked
                + "/revocation", agency, null, Map.of("reason", "licence withdrawn")));
        assertThat(revocation.body().get("revokeReason").asString()).isEqualTo("licence withdrawn");

        assertThat(holdOf(file(MEDICINE, 1, "12.00", expired, consumer))).contains("permit " + expired + " is valid from");
        assertThat(holdOf(file(MEDICINE, 1, "12.00", otherGoods, consumer))).contains("covers HS 3002, not 300490");
        String unknown = Filings.unique("NOPE-");
        assertThat(holdOf(file(MEDICINE, 1, "12.00", unknown, consumer)))
                .contains("permit " + unknown + " is not in the permit registry for this consignee in KZ");
        assertThat(holdOf(file(MEDICINE, 1, "12.00", revoked, consumer))).contains("revoked: licence withdrawn");
        // someone else's permit reads as an unknown one: nothing of it is told to the trader
        assertThat(holdOf(file(MEDICINE, 1, "12.00", revoked, "KZ-P" + Filings.unique(""))))
                .contains("permit " + revoked + " is not in the permit registry for this consignee in KZ")
                .doesNotContain("licence withdrawn");

        String first = file(MEDICINE, 2, "12.00", small, consumer);
        assertThat(api.awaitDecision(first, officer).at("/cases/0/status").asString()).isEqualTo("RELEASED_PRE_ARRIVAL");
        assertThat(holdOf(file(MEDICINE, 2, "12.00", small, consumer))).contains("has 1 PCE left of 3; this item draws 2");
        assertThat(api.get("/api/v1/permits/" + small, agency).body().get("drawn").asString()).isEqualTo("2");
    }

    @Test
    void aMalformedPermitReferenceRefusesTheManifestNamingTheItem() {
        Map<String, Object> line = Filings.line(Filings.unique("CRV"), null, null, "KZ", "KZ-P1", "Aigerim Sadykova",
                MEDICINE, 1, "12.00", "0.500");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) line.get("items");
        items.get(0).put("permitRef", "no spaces allowed");
        Reply refused = api.post("/api/v1/manifests", courier, Filings.unique("k"),
                Filings.manifest(Filings.unique("MAWB-"), "KZ", List.of(line)));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().at("/errors/0/pointer").asString()).isEqualTo("/consignments/0/items/0/permitRef");
        assertThat(refused.body().at("/errors/0/code").asString()).isEqualTo("not-a-permit-number");
    }

    @Test
    void concurrentFilingsDrawAPermitDownExactlyToItsQuantity() throws Exception {
        String agency = as(Role.ISSUING_AGENCY, "KZ");
        String consumer = api.consumerId("KZ-P" + Filings.unique(""));
        String number = register(agency, "3004", consumer, LocalDate.now().minusDays(1), LocalDate.now().plusDays(30), "5");
        List<String> trackings = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> filed = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                filed.add(pool.submit(() -> file(MEDICINE, 1, "12.00", number, consumer)));
            }
            for (Future<String> f : filed) {
                trackings.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        long released = trackings.stream().map(t -> api.awaitDecision(t, officer).at("/cases/0/status").asString())
                .filter("RELEASED_PRE_ARRIVAL"::equals).count();
        assertThat(released).isEqualTo(5);
        assertThat(api.get("/api/v1/permits/" + number, agency).body().get("drawn").asString()).isEqualTo("5");
    }

    @org.springframework.boot.test.web.server.LocalServerPort
    int localPort;

    @Test
    void theConsigneeSeesWhatCustomsAskAndSendsItAfterProvingTheParcelIsTheirs() throws Exception {
        String tracking = file(MEDICINE, 2, "12.00", null, "KZ-P" + Filings.unique(""));
        assertThat(api.awaitDecision(tracking, officer).at("/cases/0/status").asString()).isEqualTo("HELD_FOR_DOCUMENTS");
        String requestId = api.post("/api/v1/consignments/" + tracking + "/document-requests", officer, null,
                Map.of("kind", "INVOICE", "reason", "the invoice you paid")).body().get("requestId").asString();

        // the buyer's postcode on the platform's order (050000) is the fact the consignee proves
        JsonNode anonymous = Api.JSON.readTree(consignee(tracking, null, null, null).body());
        assertThat(anonymous.path("documentsRequested").isMissingNode() || anonymous.path("documentsRequested").isNull())
                .as(anonymous.toString()).isTrue();
        JsonNode proven = Api.JSON.readTree(consignee(tracking, null, "050000", null).body());
        assertThat(proven.at("/documentsRequested/0/requestId").asString()).isEqualTo(requestId);
        assertThat(proven.at("/documentsRequested/0/kind").asString()).isEqualTo("INVOICE");
        assertThat(proven.at("/documentsRequested/0/reason").asString()).isEqualTo("the invoice you paid");

        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(consignee(tracking, requestId, null, pdf).statusCode()).as("no proof").isEqualTo(404);
        HttpResponse<String> wrong = consignee(tracking, requestId, "999999", pdf);
        assertThat(wrong.statusCode()).as("a wrong proof is told what an unknown request is told").isEqualTo(404);
        assertThat(consignee(tracking, java.util.UUID.randomUUID().toString(), "050000", pdf).statusCode())
                .isEqualTo(404);
        HttpResponse<String> notPdf = consignee(tracking, requestId, "050000", "an invoice".getBytes(StandardCharsets.US_ASCII));
        assertThat(notPdf.statusCode()).isEqualTo(422);
        assertThat(Api.JSON.readTree(notPdf.body()).at("/errors/0/code").asString()).isEqualTo("not-a-pdf");

        HttpResponse<String> sent = consignee(tracking, requestId, "050000", pdf);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        String documentId = Api.JSON.readTree(sent.body()).get("documentId").asString();
        Reply accepted = api.post("/api/v1/documents/" + documentId + "/review", officer, null,
                Map.of("decision", "ACCEPTED"));
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(200);
        assertThat(accepted.body().get("caseStatus").asString()).isEqualTo("RELEASED_PRE_ARRIVAL");
        JsonNode history = api.awaitDecision(tracking, officer).at("/cases/0/history");
        assertThat(history.findValuesAsString("action")).containsSubsequence("DOCUMENT_REQUESTED", "DOCUMENT_SUPPLIED",
                "DOCUMENT_ACCEPTED");
        assertThat(history.toString()).doesNotContain("Aigerim");
    }

    /** The consumer's side, with no token: the tracking page, or a PDF sent to it, with the proof header when given. */
    private HttpResponse<String> consignee(String tracking, String requestId, String proof, byte[] pdf) throws Exception {
        String path = "/api/v1/tracking/" + tracking + (requestId == null ? "" : "/document-requests/" + requestId
                + "/documents");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + localPort + path));
        if (proof != null) {
            request.header("Caravan-Consignee-Proof", proof);
        }
        request = pdf == null ? request.GET()
                : request.header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofByteArray(pdf));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Files the platform's order and the courier's manifest for one parcel of goods under {@code hsCode}. */
    private String file(String hsCode, int quantity, String unitPrice, String permitRef, String consumerId) {
        String orderRef = Filings.unique("TM-");
        String tracking = Filings.unique("CRV");
        String value = new java.math.BigDecimal(unitPrice).multiply(java.math.BigDecimal.valueOf(quantity)).toPlainString();
        Reply order = api.post("/api/v1/orders", platform, Filings.unique("k"),
                Filings.order(orderRef, "KZ", consumerId, "Aigerim Sadykova", hsCode, quantity, unitPrice));
        assertThat(order.status()).as(order.raw()).isEqualTo(201);
        Map<String, Object> line = Filings.line(tracking, platformId[0], orderRef, "KZ", consumerId, "Aigerim Sadykova",
                hsCode, quantity, value, "0.500");
        if (permitRef != null) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) line.get("items");
            items.get(0).put("permitRef", permitRef);
        }
        Reply manifest = api.post("/api/v1/manifests", courier, Filings.unique("k"),
                Filings.manifest(Filings.unique("MAWB-"), "KZ", List.of(line)));
        assertThat(manifest.status()).as(manifest.raw()).isEqualTo(202);
        return tracking;
    }

    private String heldWithRequest(String kind) {
        String tracking = file(MEDICINE, 2, "12.00", null, "KZ-P" + Filings.unique(""));
        assertThat(api.awaitDecision(tracking, officer).at("/cases/0/status").asString()).isEqualTo("HELD_FOR_DOCUMENTS");
        Reply requested = api.post("/api/v1/consignments/" + tracking + "/document-requests", officer, null,
                Map.of("kind", kind, "reason", "needed"));
        assertThat(requested.status()).isEqualTo(201);
        return requested.body().get("requestId").asString();
    }

    private String holdOf(String tracking) {
        JsonNode decided = api.awaitDecision(tracking, officer);
        assertThat(decided.at("/cases/0/status").asString()).isEqualTo("HELD_FOR_DOCUMENTS");
        return String.join(" | ", decided.at("/cases/0/assessment/holds").findValuesAsString("explanation"));
    }

    private String register(String agency, String hsCode, String holder, LocalDate from, LocalDate until, String quantity) {
        String number = Filings.unique("KZ-MED-");
        Reply registered = api.post("/api/v1/permits", agency, null, permit(number, hsCode, holder, from, until, quantity));
        assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
        return number;
    }

    private static Map<String, Object> permit(String number, String hsCode, String holder, LocalDate from,
            LocalDate until, String quantity) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("number", number);
        p.put("hsCode", hsCode);
        p.put("holder", holder);
        p.put("validFrom", from.toString());
        p.put("validUntil", until.toString());
        p.put("quantity", quantity);
        p.put("unit", "PCE");
        return p;
    }

    private static Map<String, Object> invoice(String total) {
        return Map.of("invoice", Map.of("number", "INV-2026-0042", "issuedOn", "2026-11-20",
                "seller", Map.of("name", "Shenzhen Bright Co", "country", "CN"),
                "buyer", Map.of("name", "Aigerim Sadykova", "country", "KZ"), "currency", "USD",
                "lines", List.of(Map.of("description", "Vitamin tablets", "quantity", "2", "unitPrice", "12.00")),
                "total", total));
    }

    private Reply checked(String method, String path, Reply reply) {
        assertThat(contract.violations(method, path, reply)).as(reply.raw()).isEmpty();
        return reply;
    }
}
