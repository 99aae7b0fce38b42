package org.caravan.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.caravan.clearance.ClearanceStatus;
import org.caravan.clearance.ConsignmentsDecided;

import org.caravan.party.Role;
import org.caravan.simulator.CaravanClient.Reply;
import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventSerializer;

import tools.jackson.databind.JsonNode;

/**
 * A courier files CUSCAR over HTTP: filed through the JSON API's use case, replayed by
 * interchange control reference, rejected whole with positions and a CONTRL, and answered
 * later with CUSRES and IFTSTA through the outbound cursor. Runs on H2 and on PostgreSQL.
 */
abstract class InterchangeEdifact extends ApiTest {

    static final String EDIFACT = "application/EDIFACT";

    String courier;

    @BeforeEach
    void courier() {
        courier = as(Role.COURIER, null);
    }

    Reply send(String interchange) {
        return api.post("/api/v1/interchange/edifact", courier, null, EDIFACT, interchange);
    }

    static String tracking(Map<String, Object> manifest, int i) {
        @SuppressWarnings("unchecked")
        var lines = (List<Map<String, Object>>) manifest.get("consignments");
        return (String) lines.get(i).get("trackingNumber");
    }

    @Test
    void aCuscarIsFiledAsAManifestAndAcknowledgedWithAContrl() {
        var manifest = Edifact.manifestBody(3);
        Reply r = send(Edifact.cuscar(manifest, Filings.unique("I").substring(0, 10)));

        assertThat(r.status()).as(r.raw()).isEqualTo(202);
        assertThat(r.body().at("/messages/0/receipt/consignments")).hasSize(3);
        assertThat(r.body().at("/messages/0/receipt/consignments/0/trackingNumber").asString())
                .isEqualTo(tracking(manifest, 0));
        String contrl = r.body().get("acknowledgement").asString();
        assertThat(contrl).contains("UNH+1+CONTRL:D:3:UN'").contains("+7'");
        assertThat(Edifact.faults(contrl)).isEmpty();
        assertThat(api.awaitDecision(tracking(manifest, 2), courier).path("cases")).isNotEmpty();
    }

    @Test
    void theSameInterchangeSentAgainReplaysItsReceipt() {
        String interchange = Edifact.cuscar(Edifact.manifestBody(1), "REPLAY1");
        Reply first = send(interchange);
        Reply again = send(interchange);

        assertThat(again.status()).isEqualTo(202);
        assertThat(again.body().at("/messages/0/replayed").asBoolean()).isTrue();
        assertThat(again.body().at("/messages/0/receipt")).isEqualTo(first.body().at("/messages/0/receipt"));
    }

    @Test
    void aTruncatedInterchangeIsRejectedWholeWithAPositionAndNothingIsFiled() {
        var manifest = Edifact.manifestBody(2);
        String interchange = Edifact.cuscar(manifest, "TRUNC1");
        Reply r = send(interchange.substring(0, interchange.indexOf("CNI+2")));

        assertThat(r.status()).as(r.raw()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.body().get("type").asString()).isEqualTo("/problems/interchange-rejected");
        assertThat(r.body().at("/errors/0/segment").isNumber()).isTrue();
        assertThat(r.body().get("acknowledgement").asString()).contains("UCI+TRUNC1+COURIER1+CARAVAN+4");
        assertThat(api.get("/api/v1/consignments/" + tracking(manifest, 0), courier).status()).isEqualTo(404);
    }

    @Test
    void aBadHsCodeIsRejectedAtItsConsignmentSegmentWithThePointerOfTheField() {
        var manifest = Edifact.manifestBody(2);
        String interchange = Edifact.cuscar(manifest, "BADHS1").replace("PIA+5+610910:HS'\nQTY+47:2'\nMOA+66:25.00'\n"
                + "LOC+27+CN'\nUNT", "PIA+5+999999:HS'\nQTY+47:2'\nMOA+66:25.00'\nLOC+27+CN'\nUNT");
        Reply r = send(interchange);

        assertThat(r.status()).as(r.raw()).isEqualTo(422);
        JsonNode error = r.body().at("/errors/0");
        assertThat(error.get("tag").asString()).isEqualTo("CNI");
        assertThat(error.get("segment").asInt()).isEqualTo(interchange.substring(0, interchange.indexOf("CNI+2"))
                .split("'").length);
        assertThat(error.get("pointer").asString()).isEqualTo("/consignments/1/items/0/hsCode");
        assertThat(api.get("/api/v1/consignments/" + tracking(manifest, 0), courier).status()).isEqualTo(404);
    }

    @Test
    void anUnknownQualifierIsNamedBySegmentAndElement() {
        String interchange = Edifact.cuscar(Edifact.manifestBody(1), "QUAL1").replace("MEA+AAE+G", "MEA+AAE+X");
        Reply r = send(interchange);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().at("/errors/0/tag").asString()).isEqualTo("MEA");
        assertThat(r.body().at("/errors/0/element").asInt()).isEqualTo(1);
    }

    @Test
    void decisionsComeBackAsCusresAndIftstaThroughTheCursor() {
        var manifest = Edifact.manifestBody(2);
        assertThat(send(Edifact.cuscar(manifest, "OUT1")).status()).isEqualTo(202);

        List<JsonNode> messages = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            String cursor = messages.isEmpty() ? "0" : messages.get(messages.size() - 1).get("cursor").asString();
            Reply page = api.get("/api/v1/interchange/messages?after=" + cursor, courier);
            page.body().get("messages").forEach(messages::add);
            return messages.stream().filter(m -> m.get("type").asString().equals("CUSRES")).count() == 2
                    && messages.stream().filter(m -> m.get("type").asString().equals("IFTSTA")).count() == 2;
        });
        assertThat(messages.get(0).get("type").asString()).isEqualTo("CONTRL");
        for (JsonNode m : messages) {
            assertThat(Edifact.faults(m.get("body").asString())).as(m.get("body").asString()).isEmpty();
        }
        assertThat(messages).filteredOn(m -> m.get("type").asString().equals("CUSRES"))
                .extracting(m -> m.get("subject").asString())
                .containsExactlyInAnyOrder(tracking(manifest, 0), tracking(manifest, 1));
        Reply rest = api.get("/api/v1/interchange/messages?after=" + messages.get(messages.size() - 1).get("cursor")
                .asString(), courier);
        assertThat(rest.body().get("messages")).isEmpty();
    }

    @Test
    void aCusresOfADecisionWithDutiesDueCarriesTheAmountTheConsignmentShows() {
        // 349 USD to Kazakhstan, as the platform's order says, is above the 200 EUR EAEU threshold:
        // duty and VAT are due before release.
        String[] platformId = new String[1];
        String platform = platform(platformId);
        String orderRef = Filings.unique("TM-");
        String tracking = Filings.unique("CRV");
        api.post("/api/v1/orders", platform, Filings.unique("k"),
                Filings.order(orderRef, "KZ", "KZ-P9", "Aigerim Sadykova", "851713", 1, "349.00"));
        var manifest = Filings.manifest(Filings.unique("MAWB-"), "KZ", List.of(Filings.line(tracking, platformId[0],
                orderRef, "KZ", "KZ-P9", "Aigerim Sadykova", "851713", 1, "349.00", "1.200")));
        assertThat(send(Edifact.cuscar(manifest, Filings.unique("D").substring(0, 10))).status()).isEqualTo(202);
        JsonNode decided = api.awaitDecision(tracking, courier);
        assertThat(decided.at("/cases/0/status").asString()).as(decided.toString()).isEqualTo("PAYMENT_REQUIRED");

        String cusres = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            for (JsonNode m : api.get("/api/v1/interchange/messages?after=0", courier).body().get("messages")) {
                if (m.get("type").asString().equals("CUSRES") && m.get("subject").asString().equals(tracking)) {
                    return m.get("body").asString();
                }
            }
            return null;
        }, java.util.Objects::nonNull);
        assertThat(Edifact.faults(cusres)).as(cusres).isEmpty();
        assertThat(cusres).contains("GIS+PAY'").contains("MOA+161:" + decided.at("/cases/0/amountDue/amount").asString()
                + ":" + decided.at("/cases/0/amountDue/currency").asString() + "'");
    }

    @Autowired
    EventSerializer storedEvents;

    @Test
    void aDecisionsAmountDueReadsBackExactlyFromTheEventPublicationTable() {
        var due = new ConsignmentsDecided.Decision("CRV1", "KZ", ClearanceStatus.PAYMENT_REQUIRED,
                Instant.parse("2026-11-21T10:00:00Z"), Instant.parse("2026-11-21T10:00:03Z"), new BigDecimal("9380.10"), "KZT");
        var none = new ConsignmentsDecided.Decision("CRV2", "KZ", ClearanceStatus.RELEASED_PRE_ARRIVAL,
                Instant.parse("2026-11-21T10:00:00Z"), Instant.parse("2026-11-21T10:00:03Z"), null, null);
        var event = new ConsignmentsDecided(UUID.randomUUID(), List.of(due, none));

        var read = storedEvents.deserialize(storedEvents.serialize(event), ConsignmentsDecided.class);

        assertThat(read).isEqualTo(event);
        assertThat(read.decisions().get(0).amountDue().toPlainString()).as("the scale survives").isEqualTo("9380.10");
    }

    @Test
    void aCusresOfADecisionWithNothingDueCarriesNoAmount() {
        var manifest = Edifact.manifestBody(1);
        assertThat(send(Edifact.cuscar(manifest, Filings.unique("N").substring(0, 10))).status()).isEqualTo(202);
        assertThat(api.awaitDecision(tracking(manifest, 0), courier).at("/cases/0/amountDue").isMissingNode()).isTrue();

        String cusres = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            for (JsonNode m : api.get("/api/v1/interchange/messages?after=0", courier).body().get("messages")) {
                if (m.get("type").asString().equals("CUSRES")) {
                    return m.get("body").asString();
                }
            }
            return null;
        }, java.util.Objects::nonNull);
        assertThat(cusres).doesNotContain("MOA");
    }

    @Test
    void aManifestFiledAsJsonIsAnsweredInJsonNotInEdifact() {
        var manifest = Edifact.manifestBody(1);
        assertThat(api.post("/api/v1/manifests", courier, Filings.unique("k"), manifest).status()).isEqualTo(202);
        assertThat(api.awaitDecision(tracking(manifest, 0), courier).path("cases")).isNotEmpty();

        // a JSON filer's decisions cost the listener one look-up and write no messages
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() ->
                api.get("/api/v1/interchange/messages?after=0", courier).body().get("messages").isEmpty());
    }

    @Test
    void anotherPartnerSeesNoneOfTheseMessages() {
        assertThat(send(Edifact.cuscar(Edifact.manifestBody(1), "PRIV1")).status()).isEqualTo(202);
        String other = as(Role.COURIER, null);
        assertThat(api.get("/api/v1/interchange/messages?after=0", other).body().get("messages")).isEmpty();
    }

    @Test
    void aPlatformMayNotFileACuscar() {
        Reply r = api.post("/api/v1/interchange/edifact", as(Role.PLATFORM, null), null, EDIFACT,
                Edifact.cuscar(Edifact.manifestBody(1), "ROLE1"));
        assertThat(r.status()).isEqualTo(403);
    }
}
