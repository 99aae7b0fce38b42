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
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;

/**
 * A courier lodges WCO DM declarations: the published sample is refused with the XPath of
 * each element a Caravan filing needs, a corridor declaration is filed and answered with WCO
 * response notifications that validate against the DMS response schema, and XML attacks are
 * refused before anything is read.
 */
@ActiveProfiles("test")
class InterchangeWcoTest extends ApiTest {

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
}
