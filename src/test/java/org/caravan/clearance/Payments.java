package org.caravan.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.caravan.party.Role;
import org.caravan.simulator.CaravanClient.Reply;
import org.caravan.support.Api;
import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.caravan.support.OpenApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * E-payments against the public API: a parcel above the de minimis waits for payment; the
 * platform, the courier or the consignee pays what the payment request asks and the parcel is
 * released; a return owes the payment back until an officer pays it; a month's statement
 * adds it all up. Amounts are read from the API, never computed here from a regime. Runs on
 * H2 and on PostgreSQL.
 */
// the consignee's requests come through a trusted proxy from an address of their own, so the
// proof attempts other tests make from this machine do not count against them
@TestPropertySource(properties = "caravan.tracking.trusted-proxies=127.0.0.1,0:0:0:0:0:0:0:1")
public abstract class Payments extends ApiTest {

    private static final String REQUESTS = "/api/v1/consignments/{trackingNumber}/payment-requests";
    private static final String PAY = "/api/v1/payments";
    private static final String SMARTPHONE = "851713";
    private static final String POSTCODE = "050000";

    @LocalServerPort
    int localPort;

    private OpenApiContract contract;
    private final String consumerAddress = "198.51.100." + (int) (Math.random() * 250 + 1);
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
    void thePlatformPaysWhatIsDueAndTheParcelIsReleasedBeforeArrival() {
        String tracking = dutiable("349.00");
        JsonNode request = request(tracking, platform);
        assertThat(request.get("status").asString()).isEqualTo("DUE");
        assertThat(request.get("jurisdiction").asString()).isEqualTo("KZ");
        assertThat(request.get("reference").asString()).matches("PAY-KZ-[0-9A-Z]{25}-[0-9A-Z]");
        JsonNode due = request.get("amount");
        assertThat(due.get("currency").asString()).isEqualTo("KZT");
        assertThat(new BigDecimal(due.get("amount").asString())).isPositive();
        assertThat(request(tracking, courier)).isEqualTo(request);
        assertThat(request(tracking, officer)).isEqualTo(request);

        Reply paid = checked("POST", PAY, api.post(PAY, platform, null, payment(request, "TX-" + tracking, true)));
        assertThat(paid.status()).as(paid.raw()).isEqualTo(201);
        assertThat(paid.body().get("caseStatus").asString()).isEqualTo("RELEASED_PRE_ARRIVAL");
        assertThat(paid.body().get("paidBy").asString()).isEqualTo(platformId[0]);
        assertThat(paid.body().get("amount")).isEqualTo(due);

        JsonNode consignment = api.get("/api/v1/consignments/" + tracking, platform).body();
        assertThat(consignment.at("/cases/0/status").asString()).isEqualTo("RELEASED_PRE_ARRIVAL");
        JsonNode history = api.get("/api/v1/consignments/" + tracking, officer).body().at("/cases/0/history");
        JsonNode confirmed = history.get(history.size() - 1);
        assertThat(confirmed.get("action").asString()).isEqualTo("PAYMENT_CONFIRMED");
        assertThat(confirmed.toString()).contains(platformId[0], "TX-" + tracking);

        JsonNode after = request(tracking, platform);
        assertThat(after.get("status").asString()).isEqualTo("PAID");
        assertThat(after.at("/payments/0/providerRef").asString()).isEqualTo("TX-" + tracking);
        assertThat(after.at("/payments/0/collectedAtCheckout").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/tracking/" + tracking, null).body().get("status").asString())
                .isEqualTo("RELEASED_PRE_ARRIVAL");
        // the consumer's timeline follows the case's published change, as webhooks and partner messages do
        assertThat(api.get("/api/v1/tracking/" + tracking, null).body().get("timeline").findValuesAsString("status"))
                .containsSubsequence("PAYMENT_REQUIRED", "RELEASED_PRE_ARRIVAL");
    }

    @Test
    void aWrongAmountCurrencyReferenceOrMissingTransactionIsRefusedNamingTheFieldAndChangesNothing() {
        String tracking = dutiable("349.00");
        JsonNode request = request(tracking, platform);
        Map<String, Object> good = payment(request, "TX-" + tracking, false);

        Map<String, Object> wrongAmount = new HashMap<>(good);
        wrongAmount.put("amount", Map.of("amount", new BigDecimal(request.at("/amount/amount").asString())
                .add(BigDecimal.ONE).toPlainString(), "currency", request.at("/amount/currency").asString()));
        assertRefused(api.post(PAY, courier, null, wrongAmount), "/amount", "not-the-amount-due");

        Map<String, Object> wrongCurrency = new HashMap<>(good);
        wrongCurrency.put("amount", Map.of("amount", request.at("/amount/amount").asString(), "currency", "USD"));
        assertRefused(api.post(PAY, courier, null, wrongCurrency), "/amount/currency", "not-the-currency-due");

        String reference = request.get("reference").asString();
        char check = reference.charAt(reference.length() - 1);
        Map<String, Object> mistyped = new HashMap<>(good);
        mistyped.put("reference", reference.substring(0, reference.length() - 1) + (check == 'A' ? 'B' : 'A'));
        assertRefused(api.post(PAY, courier, null, mistyped), "/reference", "check-character");

        Map<String, Object> noTransaction = new HashMap<>(good);
        noTransaction.remove("providerRef");
        assertRefused(api.post(PAY, courier, null, noTransaction), "/providerRef", "required");

        // parties with nothing to do with the parcel are told it does not exist; customs do not pay
        String[] otherId = new String[1];
        assertThat(api.post(PAY, platform(otherId), null, good).status()).isEqualTo(404);
        assertThat(api.post(PAY, as(Role.COURIER, null), null, good).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/consignments/" + tracking + "/payment-requests", as(Role.COURIER, null)).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/consignments/" + tracking + "/payment-requests", as(Role.OFFICER, "UZ")).status())
                .isEqualTo(404);
        assertThat(api.post(PAY, officer, null, good).status()).isEqualTo(403);

        assertThat(request(tracking, platform)).isEqualTo(request);
        assertThat(api.get("/api/v1/consignments/" + tracking, courier).body().at("/cases/0/status").asString())
                .isEqualTo("PAYMENT_REQUIRED");

        // the courier pays; the same transaction again is the same payment, another is refused
        Reply first = checked("POST", PAY, api.post(PAY, courier, null, good));
        assertThat(first.status()).as(first.raw()).isEqualTo(201);
        Reply again = checked("POST", PAY, api.post(PAY, courier, null, good));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("paidAt")).isEqualTo(first.body().get("paidAt"));
        assertThat(again.body().get("replayed").asBoolean()).isTrue();
        Reply second = api.post(PAY, platform, null, payment(request, "TX2-" + tracking, true));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body().get("type").asString()).isEqualTo("/problems/payment-already-confirmed");
        assertThat(api.post(PAY, platform, null, payment(request, "TX2-" + tracking, true)).status()).isEqualTo(409);
        // the refused payment is kept once, for the payer to claim back and the statement to show
        JsonNode paid = request(tracking, courier);
        assertThat(paid.get("payments")).hasSize(1);
        assertThat(paid.get("refusedPayments")).hasSize(1);
        assertThat(paid.at("/refusedPayments/0/providerRef").asString()).isEqualTo("TX2-" + tracking);
    }

    @Test
    void anEcommerceOperatorPaysForTheConsumersItDeclaresForAndReadsItsStatement() {
        String operator = as(Role.ECOMMERCE_OPERATOR, null);
        String tracking = Filings.unique("CRE");
        String orderRef = Filings.unique("TM-");
        String consumer = "KZ-E" + Filings.unique("");
        assertThat(api.post("/api/v1/orders", platform, Filings.unique("k"), Filings.order(orderRef, "KZ", consumer,
                "Aigerim Sadykova", SMARTPHONE, 1, "349.00")).status()).isEqualTo(201);
        Reply filed = api.post("/api/v1/manifests", operator, Filings.unique("k"), Filings.manifest(Filings.unique("MAWB-"),
                "KZ", List.of(Filings.line(tracking, platformId[0], orderRef, "KZ", consumer, "Aigerim Sadykova",
                        SMARTPHONE, 1, "349.00", "0.500"))));
        assertThat(filed.status()).as(filed.raw()).isEqualTo(202);
        JsonNode decided = api.awaitDecision(tracking, operator);
        assertThat(decided.at("/cases/0/status").asString()).as(decided.toString()).isEqualTo("PAYMENT_REQUIRED");
        JsonNode request = request(tracking, operator);
        assertThat(request(tracking, platform)).isEqualTo(request);
        String[] otherId = new String[1];
        assertThat(api.post(PAY, platform(otherId), null, payment(request, "OP-" + tracking, false)).status())
                .isEqualTo(404);
        Reply paid = checked("POST", PAY, api.post(PAY, operator, null, payment(request, "OP-" + tracking, false)));
        assertThat(paid.status()).as(paid.raw()).isEqualTo(201);
        assertThat(paid.body().get("caseStatus").asString()).isEqualTo("RELEASED_PRE_ARRIVAL");
        JsonNode statement = api.get("/api/v1/statements/" + YearMonth.now(ZoneOffset.UTC), operator).body();
        assertThat(statement.get("lines").findValuesAsString("trackingNumber")).containsExactly(tracking);
        assertThat(statement.at("/lines/0/paid/0/payerRole").asString()).isEqualTo("ECOMMERCE_OPERATOR");
        assertAmount(statement.at("/totals/0/paid"), new BigDecimal(request.at("/amount/amount").asString()));
        assertAmount(statement.at("/totals/0/outstanding"), BigDecimal.ZERO);
    }

    @Test
    void aCaseThatWaitsForNoPaymentCannotBePaid() {
        String orderRef = Filings.unique("TM-");
        String tracking = Filings.unique("CRV");
        api.post("/api/v1/orders", platform, Filings.unique("k"),
                Filings.order(orderRef, "KZ", "KZ-P2", "Dana Omarova", "610910", 2, "12.50"));
        api.post("/api/v1/manifests", courier, Filings.unique("k"), Filings.manifest(Filings.unique("MAWB-"), "KZ",
                List.of(Filings.line(tracking, platformId[0], orderRef, "KZ", "KZ-P2", "Dana Omarova", "610910", 2,
                        "25.00", "0.550"))));
        assertThat(api.awaitDecision(tracking, courier).at("/cases/0/status").asString()).isEqualTo("RELEASED_PRE_ARRIVAL");
        JsonNode none = request(tracking, platform);
        assertThat(none.get("status").asString()).isEqualTo("NONE");
        assertThat(none.has("reference")).isFalse();
        String caseReference = api.get("/api/v1/consignments/" + tracking, officer).body().at("/cases/0/caseId").asString();
        assertThat(caseReference).isNotNull();
    }

    @Test
    void theConsigneePaysWithTheProofAndAWrongProofChangesNothing() throws Exception {
        String tracking = dutiable("349.00");
        JsonNode request = request(tracking, platform);
        JsonNode anonymous = Api.JSON.readTree(consignee("GET", tracking, null, null).body());
        assertThat(anonymous.has("amountsDue")).isFalse();
        JsonNode proven = Api.JSON.readTree(consignee("GET", tracking, POSTCODE, null).body());
        assertThat(proven.at("/amountsDue/0/reference").asString()).isEqualTo(request.get("reference").asString());
        assertThat(proven.at("/amountsDue/0/amount").asString()).isEqualTo(request.at("/amount/amount").asString());

        String body = Api.JSON.writeValueAsString(payment(request, "CARD-" + tracking, false));
        HttpResponse<String> noProof = consignee("POST", tracking, null, body);
        assertThat(noProof.statusCode()).isEqualTo(404);
        HttpResponse<String> wrong = consignee("POST", tracking, "999999", body);
        assertThat(wrong.statusCode()).isEqualTo(404);
        assertThat(Api.JSON.readTree(wrong.body()).get("type").asString())
                .isEqualTo(Api.JSON.readTree(noProof.body()).get("type").asString());
        assertThat(request(tracking, platform).get("status").asString()).isEqualTo("DUE");
        // another parcel's request is not this parcel's to pay, whatever proof this one holds
        String other = dutiable("349.00");
        HttpResponse<String> elsewhere = consignee("POST", tracking, POSTCODE,
                Api.JSON.writeValueAsString(payment(request(other, platform), "CARD-" + other, false)));
        assertThat(elsewhere.statusCode()).isEqualTo(404);

        HttpResponse<String> paid = consignee("POST", tracking, POSTCODE, body);
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(201);
        JsonNode answer = Api.JSON.readTree(paid.body());
        assertThat(contract.violations("POST", "/api/v1/tracking/{trackingNumber}/payments", paid.statusCode(),
                paid.headers().firstValue("Content-Type").orElse(""), answer)).isEmpty();
        assertThat(answer.get("paidBy").asString()).isEqualTo("CONSIGNEE");
        assertThat(answer.get("caseStatus").asString()).isEqualTo("RELEASED_PRE_ARRIVAL");
        JsonNode after = request(tracking, courier);
        assertThat(after.get("status").asString()).isEqualTo("PAID");
        assertThat(after.at("/payments/0/payerRole").asString()).isEqualTo("CONSIGNEE");
        assertThat(request(other, platform).get("status").asString()).isEqualTo("DUE");
    }

    @Test
    void aReturnAfterPaymentOwesTheRefundUntilAnOfficerPaysItBack() {
        String tracking = dutiable("349.00");
        JsonNode request = request(tracking, platform);
        assertThat(api.post(PAY, platform, null, payment(request, "TX-" + tracking, true)).status()).isEqualTo(201);
        String refund = returned(tracking);

        JsonNode owed = request(tracking, platform);
        assertThat(owed.get("status").asString()).isEqualTo("REFUND_DUE");
        assertThat(owed.at("/refunds/0/owedTo").asString()).isEqualTo(platformId[0]);
        assertThat(owed.at("/refunds/0/amount")).isEqualTo(request.get("amount"));
        assertThat(owed.at("/refunds/0/state").asString()).isEqualTo("DUE");

        String path = "/api/v1/refunds/" + refund + "/paid";
        assertThat(api.post(path, as(Role.OFFICER, "UZ"), null, Map.of("bankRef", "HB-1")).status()).isEqualTo(404);
        assertThat(api.post(path, platform, null, Map.of("bankRef", "HB-1")).status()).isEqualTo(403);
        Reply noBankRef = api.post(path, officer, null, Map.of());
        assertRefused(noBankRef, "/bankRef", "required");
        Reply paidBack = checked("POST", "/api/v1/refunds/{reference}/paid",
                api.post(path, officer, null, Map.of("bankRef", "HALYK-20261126-0042")));
        assertThat(paidBack.status()).as(paidBack.raw()).isEqualTo(200);
        assertThat(paidBack.body().get("state").asString()).isEqualTo("REFUNDED");
        assertThat(api.post("/api/v1/refunds/" + refund.toLowerCase() + "/paid", officer, null,
                Map.of("bankRef", "HALYK-20261126-0042")).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/refunds/" + refund.substring(0, refund.length() - 1) + "/paid", officer, null,
                Map.of("bankRef", "HALYK-20261126-0042")).status()).isEqualTo(404);
        assertThat(api.post(path, officer, null, Map.of("bankRef", "OTHER")).status()).isEqualTo(409);

        JsonNode done = request(tracking, courier);
        assertThat(done.get("status").asString()).isEqualTo("REFUNDED");
        assertThat(done.at("/refunds/0/bankRef").asString()).isEqualTo("HALYK-20261126-0042");
        JsonNode history = api.get("/api/v1/consignments/" + tracking, officer).body().at("/cases/0/history");
        assertThat(history.findValuesAsString("action")).containsSubsequence("PAYMENT_CONFIRMED", "RETURNED", "REFUND_PAID");
        assertThat(history.toString()).contains(refund, "HALYK-20261126-0042");
    }

    @Test
    void aMonthsStatementAddsUpWhatWasPaidAtCheckoutByTheConsigneeOutstandingAndRefunded() throws Exception {
        YearMonth month = YearMonth.now(ZoneOffset.UTC);
        String atCheckout = dutiable("349.00");
        String byConsignee = dutiable("360.00");
        String outstanding = dutiable("370.00");
        String refunded = dutiable("380.00");
        String released = Filings.unique("CRV");
        String order = Filings.unique("TM-");
        api.post("/api/v1/orders", platform, Filings.unique("k"), Filings.order(order, "KZ", "KZ-P2", "Dana Omarova",
                "610910", 1, "20.00"));
        api.post("/api/v1/manifests", courier, Filings.unique("k"), Filings.manifest(Filings.unique("MAWB-"), "KZ",
                List.of(Filings.line(released, platformId[0], order, "KZ", "KZ-P2", "Dana Omarova", "610910", 1, "20.00",
                        "0.300"))));
        api.awaitDecision(released, courier);

        Map<String, BigDecimal> due = new LinkedHashMap<>();
        for (String tn : List.of(atCheckout, byConsignee, outstanding, refunded)) {
            JsonNode r = request(tn, platform);
            assertThat(r.at("/amount/currency").asString()).isEqualTo("KZT");
            due.put(tn, new BigDecimal(r.at("/amount/amount").asString()));
        }
        assertThat(api.post(PAY, platform, null, payment(request(atCheckout, platform), "TX-A", true)).status())
                .isEqualTo(201);
        // the consignee pays what the platform had collected at checkout: refused, and on the statement
        assertThat(consignee("POST", atCheckout, POSTCODE, Api.JSON.writeValueAsString(
                payment(request(atCheckout, platform), "CARD-A", false))).statusCode()).isEqualTo(409);
        assertThat(consignee("POST", byConsignee, POSTCODE, Api.JSON.writeValueAsString(
                payment(request(byConsignee, platform), "CARD-B", false))).statusCode()).isEqualTo(201);
        assertThat(api.post(PAY, courier, null, payment(request(refunded, courier), "TX-D", false)).status())
                .isEqualTo(201);
        String refund = returned(refunded);
        assertThat(api.post("/api/v1/refunds/" + refund + "/paid", officer, null, Map.of("bankRef", "HB-9")).status())
                .isEqualTo(200);

        BigDecimal assessed = due.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal paid = due.get(atCheckout).add(due.get(byConsignee)).add(due.get(refunded));
        String path = "/api/v1/statements/" + month;
        for (String reader : List.of(platform, courier)) {
            Reply statement = checked("GET", "/api/v1/statements/{month}", api.get(path, reader));
            assertThat(statement.status()).as(statement.raw()).isEqualTo(200);
            assertThat(statement.body().get("lines").findValuesAsString("trackingNumber"))
                    .containsExactlyInAnyOrder(atCheckout, byConsignee, outstanding, refunded);
            JsonNode kzt = statement.body().at("/totals/0");
            assertThat(statement.body().get("totals")).hasSize(1);
            assertThat(kzt.get("currency").asString()).isEqualTo("KZT");
            assertAmount(kzt.get("assessed"), assessed);
            assertAmount(kzt.get("collectedAtCheckout"), due.get(atCheckout));
            assertAmount(kzt.get("paid"), paid);
            assertAmount(kzt.get("refunded"), due.get(refunded));
            assertAmount(kzt.get("outstanding"), due.get(outstanding));
            assertThat(statement.body().get("discrepancies").findValuesAsString("trackingNumber")).containsOnly(atCheckout);
            assertThat(statement.body().get("discrepancies").findValuesAsString("code"))
                    .containsExactly("paid-twice", "collected-at-checkout-and-paid-by-consignee");
        }

        // customs name the party; another administration's officer sees none of these KZ cases
        Reply forCustoms = api.get(path + "?party=" + platformId[0], officer);
        assertThat(forCustoms.body().get("lines")).hasSize(4);
        assertThat(api.get(path + "?party=" + platformId[0], as(Role.OFFICER, "UZ")).body().get("lines")).isEmpty();
        assertThat(api.get(path, officer).status()).isEqualTo(422);
        assertThat(api.get(path + "?party=" + platformId[0], courier).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/statements/2026-13", platform).status()).isEqualTo(422);

        // a page at a time: totals on the first page, the rest follows the cursor
        Reply first = checked("GET", "/api/v1/statements/{month}", api.get(path + "?limit=3", platform));
        assertThat(first.body().get("lines")).hasSize(3);
        Reply rest = checked("GET", "/api/v1/statements/{month}", api.get(path + "?limit=3&after="
                + first.body().get("next").asString(), platform));
        assertThat(rest.body().get("lines")).hasSize(1);
        assertThat(rest.body().has("next")).isFalse();
        assertThat(rest.body().has("totals")).isFalse();

        for (String accept : new String[] {null, "*/*", "application/json, text/csv;q=0.5"}) {
            HttpRequest.Builder plain = HttpRequest.newBuilder(URI.create("http://localhost:" + localPort + path))
                    .header("Authorization", "Bearer " + platform).GET();
            if (accept != null) {
                plain.header("Accept", accept);
            }
            HttpResponse<String> json = HttpClient.newHttpClient().send(plain.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(json.statusCode()).as(accept + ": " + json.body()).isEqualTo(200);
            assertThat(json.headers().firstValue("Content-Type").orElse("")).as(accept).startsWith("application/json");
        }
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:"
                + localPort + path)).header("Authorization", "Bearer " + platform).header("Accept", "text/csv").GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<String> rows = csv.body().lines().toList();
        assertThat(rows.get(0)).startsWith("trackingNumber,jurisdiction,assessedAt,assessedDue");
        assertThat(rows).hasSize(6);
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith(atCheckout + ",KZ,").contains(",true,", ",TX-A,true,"));
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith(atCheckout + ",KZ,").contains(",CARD-A,false,"));
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith(refunded + ",KZ,").contains(refund, "REFUNDED"));
    }

    @Test
    void twoConfirmationsOfOneRequestAtOnceRecordExactlyOnePayment() throws Exception {
        String tracking = dutiable("349.00");
        JsonNode request = request(tracking, platform);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<CompletableFuture<Reply>> sent = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String payer = i % 2 == 0 ? platform : courier;
                Map<String, Object> body = payment(request, "TX-" + i + "-" + tracking, i % 2 == 0);
                sent.add(CompletableFuture.supplyAsync(() -> api.post(PAY, payer, null, body), threads));
            }
            for (CompletableFuture<Reply> f : sent) {
                statuses.add(f.get().status());
            }
        } finally {
            threads.shutdown();
        }
        assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
        JsonNode paid = request(tracking, platform);
        assertThat(paid.get("payments")).hasSize(1);
        assertThat(paid.get("refusedPayments")).hasSize(3);
        JsonNode history = api.get("/api/v1/consignments/" + tracking, officer).body().at("/cases/0/history");
        assertThat(history.findValuesAsString("action")).containsOnlyOnce("PAYMENT_CONFIRMED");
    }

    /** Files the platform's order and the courier's manifest for a smartphone above the de minimis. */
    private String dutiable(String value) {
        String orderRef = Filings.unique("TM-");
        String tracking = Filings.unique("CRV");
        String consumer = "KZ-P" + Filings.unique("");
        Reply order = api.post("/api/v1/orders", platform, Filings.unique("k"),
                Filings.order(orderRef, "KZ", consumer, "Aigerim Sadykova", SMARTPHONE, 1, value));
        assertThat(order.status()).as(order.raw()).isEqualTo(201);
        Reply manifest = api.post("/api/v1/manifests", courier, Filings.unique("k"), Filings.manifest(
                Filings.unique("MAWB-"), "KZ", List.of(Filings.line(tracking, platformId[0], orderRef, "KZ", consumer,
                        "Aigerim Sadykova", SMARTPHONE, 1, value, "1.200"))));
        assertThat(manifest.status()).as(manifest.raw()).isEqualTo(202);
        JsonNode decided = api.awaitDecision(tracking, courier);
        assertThat(decided.at("/cases/0/status").asString()).as(decided.toString()).isEqualTo("PAYMENT_REQUIRED");
        return tracking;
    }

    /** The courier reports arrival, delivery refused and the return; answers the refund's reference. */
    private String returned(String tracking) {
        JsonNode arrived = api.post("/api/v1/consignments/" + tracking + "/arrival", courier, null, "{}").body();
        assertThat(arrived.get("status").asString()).isEqualTo("RELEASED");
        // just after arrival, so the return is in the audit trail before whatever is done about it
        Instant t = Instant.parse(arrived.get("arrivedAt").asString());
        for (String type : List.of("OUT_FOR_DELIVERY", "REFUSED", "RETURNED")) {
            t = t.plusMillis(1);
            Reply event = api.post("/api/v1/consignments/" + tracking + "/events", courier, null, "application/json",
                    "{\"type\": \"" + type + "\", \"occurredAt\": \"" + t + "\", \"location\": \"KZALA\"}");
            assertThat(event.status()).as(event.raw()).isEqualTo(201);
        }
        return request(tracking, courier).at("/refunds/0/reference").asString();
    }

    private JsonNode request(String tracking, String token) {
        Reply r = checked("GET", REQUESTS, api.get("/api/v1/consignments/" + tracking + "/payment-requests", token));
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        assertThat(r.body().get("requests")).hasSize(1);
        return r.body().at("/requests/0");
    }

    private static Map<String, Object> payment(JsonNode request, String providerRef, boolean atCheckout) {
        Map<String, Object> body = new HashMap<>();
        body.put("reference", request.get("reference").asString());
        body.put("amount", Map.of("amount", request.at("/amount/amount").asString(),
                "currency", request.at("/amount/currency").asString()));
        body.put("providerRef", providerRef);
        body.put("collectedAtCheckout", atCheckout);
        return body;
    }

    private HttpResponse<String> consignee(String method, String tracking, String proof, String json) throws Exception {
        String path = "/api/v1/tracking/" + tracking + (json == null ? "" : "/payments");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + localPort + path))
                .header("X-Forwarded-For", consumerAddress);
        if (proof != null) {
            request.header("Caravan-Consignee-Proof", proof);
        }
        request = json == null ? request.GET()
                : request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void assertRefused(Reply reply, String pointer, String code) {
        assertThat(reply.status()).as(reply.raw()).isEqualTo(422);
        assertThat(reply.body().at("/errors/0/pointer").asString()).as(reply.raw()).isEqualTo(pointer);
        assertThat(reply.body().at("/errors/0/code").asString()).isEqualTo(code);
    }

    private static void assertAmount(JsonNode money, BigDecimal expected) {
        assertThat(new BigDecimal(money.get("amount").asString())).isEqualByComparingTo(expected);
    }

    private Reply checked(String method, String path, Reply reply) {
        assertThat(contract.violations(method, path, reply)).as(reply.raw()).isEmpty();
        return reply;
    }
}
