package org.caravan.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.caravan.party.Role;
import org.caravan.simulator.CaravanClient.Reply;
import org.caravan.support.Api;
import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;


/**
 * Large manifests: a JSON Lines manifest is read as a stream and still accepted whole or not
 * at all, and a large manifest is answered with a summary whose lines are read page by page.
 * Runs on H2 and on PostgreSQL.
 */
public abstract class StreamedManifests extends ApiTest {

    static final int LARGE = 100_000;

    String courier;

    @BeforeEach
    void courier() {
        courier = as(Role.COURIER, null);
    }

    @Test
    void aHundredThousandLineManifestWhoseLastLineIsBadIsRejectedWholeWithNothingStored() {
        String prefix = Filings.unique("BIG");
        String ref = Filings.unique("MAWB-");
        StringBuilder body = jsonLines(ref, prefix, LARGE);
        // the last line names an HS code that does not exist
        body.setLength(body.length() - 1);
        body.replace(body.lastIndexOf("610910"), body.lastIndexOf("610910") + 6, "999999").append('\n');

        Reply r = api.post("/api/v1/manifests", courier, Filings.unique("k"), "application/x-ndjson", body.toString());

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.body().at("/errors/0/line").asInt()).isEqualTo(LARGE + 1); // the header is line 1
        assertThat(r.body().at("/errors/0/pointer").asString()).isEqualTo("/consignments/" + (LARGE - 1) + "/items/0/hsCode");
        for (int i : new int[] {0, 1_999, 2_000, LARGE / 2, LARGE - 2}) {
            assertThat(api.get("/api/v1/consignments/" + trackingNumber(prefix, i), courier).status())
                    .as("line %d was stored", i).isEqualTo(404);
        }
        // neither was the manifest: its reference is still free, and so are its tracking numbers
        Reply again = api.post("/api/v1/manifests", courier, Filings.unique("k"), "application/x-ndjson",
                jsonLines(ref, prefix, 3).toString());
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.body().get("consignmentCount").asInt()).isEqualTo(3);
    }

    @Test
    void aLargeManifestIsAnsweredWithItsCountAndItsLinesAreReadPageByPageByItsCourierOnly() {
        String prefix = Filings.unique("PAG");
        int parcels = 2_500;
        Reply r = api.post("/api/v1/manifests", courier, Filings.unique("k"), "application/x-ndjson",
                jsonLines(Filings.unique("MAWB-"), prefix, parcels).toString());

        assertThat(r.status()).isEqualTo(202);
        assertThat(r.body().get("consignmentCount").asInt()).isEqualTo(parcels);
        assertThat(r.body().has("consignments")).as("a summary, not every line").isFalse();
        List<String> read = new ArrayList<>();
        String page = r.body().get("consignmentPages").asString() + "?limit=1000";
        int pages = 0;
        while (page != null) {
            Reply p = api.get(page, courier);
            assertThat(p.status()).isEqualTo(200);
            p.body().get("consignments").forEach(line -> read.add(line.get("trackingNumber").asString()));
            pages++;
            page = p.body().has("next") ? p.body().get("next").asString() : null;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(read).hasSize(parcels).startsWith(trackingNumber(prefix, 0), trackingNumber(prefix, 1))
                .endsWith(trackingNumber(prefix, parcels - 1));
        assertThat(read).doesNotHaveDuplicates();

        String otherCourier = as(Role.COURIER, null);
        assertThat(api.get(r.body().get("consignmentPages").asString(), otherCourier).status()).isEqualTo(404);
    }

    @Test
    void aSmallManifestStillListsEveryLineInItsAnswer() {
        String prefix = Filings.unique("SML");
        Reply r = api.post("/api/v1/manifests", courier, Filings.unique("k"), "application/x-ndjson",
                jsonLines(Filings.unique("MAWB-"), prefix, 3).toString());
        assertThat(r.status()).isEqualTo(202);
        List<String> listed = new ArrayList<>();
        r.body().get("consignments").forEach(line -> listed.add(line.get("trackingNumber").asString()));
        assertThat(listed).containsExactly(trackingNumber(prefix, 0), trackingNumber(prefix, 1), trackingNumber(prefix, 2));
    }

    static String trackingNumber(String prefix, int i) {
        return prefix + String.format("%07d", i);
    }

    static StringBuilder jsonLines(String ref, String prefix, int parcels) {
        Map<String, Object> header = Filings.manifest(ref, "KZ", List.of());
        header.remove("consignments");
        StringBuilder body = new StringBuilder(parcels * 330);
        body.append(Api.JSON.writeValueAsString(header)).append('\n');
        for (int i = 0; i < parcels; i++) {
            body.append(Api.JSON.writeValueAsString(Filings.line(trackingNumber(prefix, i), null, null, "KZ", "KZ-S" + (i % 500),
                    "Aigerim Bekova", "610910", 1, "12.00", "0.300"))).append('\n');
        }
        return body;
    }

}
