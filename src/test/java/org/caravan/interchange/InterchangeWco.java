package org.caravan.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.caravan.party.Role;
import org.caravan.simulator.CaravanClient.Reply;
import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * A courier lodges WCO DM declarations: the published sample is refused with the XPath of
 * each element a Caravan filing needs, a corridor declaration is filed and answered with WCO
 * response notifications that validate against the DMS response schema, and XML attacks are
 * refused before anything is read. Runs on H2 and on PostgreSQL.
 */
abstract class InterchangeWco extends ApiTest {

    String courier;

    @BeforeEach
    void courier() {
        courier = as(Role.COURIER, null);
    }

    Reply send(String xml) {
        return api.post("/api/v1/interchange/wco", courier, null, "application/xml", xml);
    }

    @Test
    void thePublishedSampleIsRefusedWithTheXPathOfEachFieldCaravanNeeds() {
        Reply r = send(Wco.sample());

        assertThat(r.status()).as(r.raw()).isEqualTo(422);
        List<String> xpaths = new ArrayList<>();
        r.body().get("errors").forEach(e -> xpaths.add(e.get("xpath").asString()));
        assertThat(xpaths).contains("/MetaData/Declaration/GoodsShipment/Importer/Name",
                "/MetaData/Declaration/GoodsShipment/Destination/CountryCode");
        String response = r.body().get("acknowledgement").asString();
        assertThat(response).contains("<FunctionCode>03</FunctionCode>");
        assertThat(Wco.schemas().checkResponse(response.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void aCorridorDeclarationIsFiledAndAnsweredWithValidResponses() {
        String lrn = Filings.unique("LRN");
        Reply r = send(Wco.corridorDeclaration(lrn));

        assertThat(r.status()).as(r.raw()).isEqualTo(202);
        assertThat(r.raw()).contains("<FunctionCode>01</FunctionCode>").contains(lrn);
        assertThat(Wco.schemas().checkResponse(r.raw().getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(api.awaitDecision(lrn, courier).path("cases")).isNotEmpty();

        List<JsonNode> responses = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            responses.clear();
            api.get("/api/v1/interchange/messages?after=0", courier).body().get("messages").forEach(m -> {
                if (m.get("type").asString().equals("WCO-RES") && m.get("subject").asString().equals(lrn)) {
                    responses.add(m);
                }
            });
            return responses.size() >= 2;
        });
        assertThat(responses.get(0).get("body").asString()).as("the acceptance is read before the decision")
                .contains("<FunctionCode>01</FunctionCode>");
        for (JsonNode m : responses) {
            assertThat(Wco.schemas().checkResponse(m.get("body").asString().getBytes(StandardCharsets.UTF_8)))
                    .as(m.get("body").asString()).isEmpty();
        }
        assertThat(send(Wco.corridorDeclaration(lrn)).status()).as("a re-sent declaration replays").isEqualTo(202);
    }

    @Test
    void aSchemaViolationNamesTheElement() {
        Reply r = send(Wco.corridorDeclaration(Filings.unique("LRN")).replace("<TypeCode>IMA</TypeCode>",
                "<TypeCode>IMA</TypeCode><Bogus>1</Bogus>"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().at("/errors/0/xpath").asString()).startsWith("/MetaData/Declaration");
        assertThat(r.body().at("/errors/0/message").asString()).contains("Bogus");
    }

    @Test
    void externalEntitiesAreRefusedBeforeAnythingIsRead() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE m [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<MetaData>&x;</MetaData>";
        Reply r = send(xxe);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.raw()).doesNotContain("root:");
        assertThat(r.body().at("/errors/0/xpath").asString()).isEqualTo("/");
    }

    @Test
    void entityExpansionIsRefused() {
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i < 10; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">");
        }
        laughs.append("]><MetaData>&lol9;</MetaData>");
        assertThat(send(laughs.toString()).status()).isEqualTo(400);
    }

    @Test
    void nestingBeyondTheDepthLimitIsRefused() {
        String deep = "<a>".repeat(5000) + "</a>".repeat(5000);
        Reply r = send(deep);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().at("/errors/0/code").asString()).isEqualTo("malformed");
    }

    @Test
    void dutiesDueAfterAnInspectionGoOutWithTheirAmountInWcoAndCusres() {
        // 1,000 USD of smartphones to Kazakhstan: selected for inspection, and once the goods
        // have arrived and the officer finds nothing, the duties on the excess over 200 EUR are due
        String lrn = Filings.unique("LRN");
        assertThat(send(Wco.corridorDeclaration(lrn)).status()).isEqualTo(202);
        assertThat(api.awaitDecision(lrn, courier).at("/cases/0/status").asString()).isEqualTo("SELECTED_FOR_INSPECTION");
        assertThat(api.post("/api/v1/consignments/" + lrn + "/arrival", courier, null, "{}").status()).isEqualTo(200);
        String officer = as(Role.OFFICER, "KZ");
        String taskId = null;
        for (JsonNode task : api.get("/api/v1/tasks?queue=inspection&limit=1000", officer).body().get("tasks")) {
            if (task.get("trackingNumber").asString().equals(lrn)) {
                taskId = task.get("taskId").asString();
            }
        }
        assertThat(taskId).as("the inspection task").isNotNull();
        Reply result = api.post("/api/v1/tasks/" + taskId + "/result", officer, null,
                java.util.Map.of("outcome", "NO_FINDINGS"));
        assertThat(result.status()).as(result.raw()).isEqualTo(200);
        JsonNode due = api.get("/api/v1/consignments/" + lrn, courier).body().at("/cases/0");
        assertThat(due.get("status").asString()).isEqualTo("PAYMENT_REQUIRED");
        String amount = due.at("/amountDue/amount").asString();
        String currency = due.at("/amountDue/currency").asString();

        String[] found = new String[2];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            for (JsonNode m : api.get("/api/v1/interchange/messages?after=0", courier).body().get("messages")) {
                String body = m.get("body").asString();
                if (!m.get("subject").asString().equals(lrn)) {
                    continue;
                }
                if (m.get("type").asString().equals("WCO-RES") && body.contains("<FunctionCode>13</FunctionCode>")) {
                    found[0] = body;
                }
                if (m.get("type").asString().equals("CUSRES") && body.contains("GIS+PAY'")) {
                    found[1] = body;
                }
            }
            return found[0] != null && found[1] != null;
        });
        assertThat(Wco.schemas().checkResponse(found[0].getBytes(StandardCharsets.UTF_8))).as(found[0]).isEmpty();
        assertThat(found[0]).contains("<TaxAssessedAmount currencyID=\"" + currency + "\">" + amount + "</TaxAssessedAmount>");
        assertThat(found[1]).contains("MOA+161:" + amount + ":" + currency + "'");
        assertThat(Edifact.faults(found[1])).as(found[1]).isEmpty();
    }
}
