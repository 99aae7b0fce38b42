package org.caravan.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.caravan.party.Role;
import org.caravan.simulator.CaravanClient.Reply;
import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A platform files its order data as CUSDEC: the same order filing as the JSON API, refused by
 * segment when wrong. Runs on H2 and on PostgreSQL.
 */
abstract class InterchangeCusdec extends ApiTest {

    String platform;

    @BeforeEach
    void platform() {
        platform = as(Role.PLATFORM, null);
    }

    static String cusdec(String orderRef, String controlReference) throws IOException {
        return EdifactGuideTest.example("CUSDEC").replace("TM-2026-000123", orderRef).replace("OR0001", controlReference);
    }

    Reply send(String token, String interchange) {
        return api.post("/api/v1/interchange/edifact", token, null, "application/EDIFACT", interchange);
    }

    @Test
    void aCusdecIsFiledAsAnOrderAndReplayedWhenSentAgain() throws IOException {
        String interchange = cusdec(Filings.unique("TM-"), "ORD1");
        Reply r = send(platform, interchange);

        assertThat(r.status()).as(r.raw()).isEqualTo(202);
        assertThat(r.body().at("/messages/0/type").asString()).isEqualTo("CUSDEC");
        assertThat(r.body().at("/messages/0/receipt/orderId").isMissingNode()).as(r.raw()).isFalse();
        assertThat(r.body().get("acknowledgement").asString()).contains("UCM+1+CUSDEC:D:99B:UN+7'");

        Reply again = send(platform, interchange);
        assertThat(again.body().at("/messages/0/replayed").asBoolean()).isTrue();
    }

    @Test
    void aBadHsCodeIsRefusedAtItsGoodsItem() throws IOException {
        Reply r = send(platform, cusdec(Filings.unique("TM-"), "ORD2").replace("PIA+5+610910:HS", "PIA+5+999999:HS"));

        assertThat(r.status()).as(r.raw()).isEqualTo(422);
        assertThat(r.body().at("/errors/0/tag").asString()).isEqualTo("GID");
        assertThat(r.body().at("/errors/0/segment").asInt()).isEqualTo(14);
        assertThat(r.body().at("/errors/0/pointer").asString()).isEqualTo("/items/0/hsCode");
    }

    @Test
    void aCourierMayNotFileOrders() throws IOException {
        assertThat(send(as(Role.COURIER, null), cusdec(Filings.unique("TM-"), "ORD3")).status()).isEqualTo(403);
    }
}
