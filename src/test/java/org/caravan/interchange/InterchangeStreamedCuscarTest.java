package org.caravan.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.caravan.party.Role;
import org.caravan.simulator.CaravanClient.Reply;
import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;

/**
 * A CUSCAR too large to hold is filed as it is read, in one transaction: a fault in its last
 * consignment still rejects it whole and leaves nothing stored. On the embedded default (H2).
 */
@ActiveProfiles("test")
class InterchangeStreamedCuscarTest extends ApiTest {

    static final int LARGE = 20_000;

    String courier;

    @BeforeEach
    void courier() {
        courier = as(Role.COURIER, null);
    }

    Reply send(String interchange) {
        return api.post("/api/v1/interchange/edifact", courier, null, InterchangeEdifact.EDIFACT, interchange);
    }

    @Test
    void aLargeCuscarWhoseLastConsignmentIsBadIsRejectedWholeWithNothingStored() {
        Map<String, Object> manifest = Edifact.manifestBody(LARGE);
        String interchange = Edifact.cuscar(manifest, Filings.unique("L").substring(0, 10));
        int last = interchange.lastIndexOf("PIA+5+610910:HS'");
        String faulty = interchange.substring(0, last) + "PIA+5+999999:HS'"
                + interchange.substring(last + "PIA+5+610910:HS'".length());

        Reply r = send(faulty);

        assertThat(r.status()).as(r.raw()).isEqualTo(422);
        assertThat(r.body().at("/errors/0/tag").asString()).isEqualTo("CNI");
        assertThat(r.body().at("/errors/0/pointer").asString()).isEqualTo("/consignments/" + (LARGE - 1) + "/items/0/hsCode");
        assertThat(r.body().at("/errors/0/segment").asInt())
                .isEqualTo(faulty.substring(0, faulty.lastIndexOf("CNI+")).split("'").length);
        assertThat(r.body().get("acknowledgement").asString()).contains("UCI+");
        for (int i : new int[] {0, 1, LARGE / 2, LARGE - 2}) {
            assertThat(api.get("/api/v1/consignments/" + InterchangeEdifact.tracking(manifest, i), courier).status())
                    .as("consignment %d was stored", i).isEqualTo(404);
        }
        // neither was the manifest: its tracking numbers are still free
        Reply valid = send(Edifact.cuscar(manifest, Filings.unique("L").substring(0, 10)));
        assertThat(valid.status()).as(valid.raw()).isEqualTo(202);
    }

    @Test
    void aLargeValidCuscarIsFiledWithItsCountAndReplayedWhenSentAgain() {
        Map<String, Object> manifest = Edifact.manifestBody(LARGE);
        String interchange = Edifact.cuscar(manifest, Filings.unique("V").substring(0, 10));

        Reply r = send(interchange);

        assertThat(r.status()).as(r.raw()).isEqualTo(202);
        assertThat(r.body().at("/messages/0/type").asString()).isEqualTo("CUSCAR");
        assertThat(r.body().at("/messages/0/receipt/consignmentCount").asInt()).isEqualTo(LARGE);
        assertThat(Edifact.faults(r.body().get("acknowledgement").asString())).isEmpty();
        for (int i : new int[] {0, LARGE - 1}) {
            assertThat(api.get("/api/v1/consignments/" + InterchangeEdifact.tracking(manifest, i), courier).status())
                    .isEqualTo(200);
        }
        Reply again = send(interchange);
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.body().at("/messages/0/replayed").asBoolean()).isTrue();
        assertThat(again.body().at("/messages/0/receipt")).isEqualTo(r.body().at("/messages/0/receipt"));
    }

    @Test
    void anInterchangeOfManyConsignmentsStillNeedsTheCourier() {
        Reply r = api.post("/api/v1/interchange/edifact", as(Role.PLATFORM, null), null, InterchangeEdifact.EDIFACT,
                Edifact.cuscar(Edifact.manifestBody(1_000), Filings.unique("P").substring(0, 10)));
        assertThat(r.status()).isEqualTo(403);
    }
}
