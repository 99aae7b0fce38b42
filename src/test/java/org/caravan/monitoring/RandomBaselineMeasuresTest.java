package org.caravan.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.caravan.party.Role;
import org.caravan.simulator.CaravanClient.Reply;
import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * The random baseline beside targeting: with every otherwise green parcel drawn for control,
 * two parcels filed on a lane of their own (VN-KZ) are inspected as RANDOM selections, one
 * found irregular, and the report shows the random hit rate and no targeting precision.
 */
@ActiveProfiles("test")
@TestPropertySource(properties = "caravan.risk.random-inspection-rate=1")
class RandomBaselineMeasuresTest extends ApiTest {

    @Test
    void randomInspectionsAndTheirHitsAreTheBaseline() {
        String[] platformId = new String[1];
        String platform = platform(platformId);
        String courier = as(Role.COURIER, null);
        String officer = as(Role.OFFICER, "KZ");
        String irregular = file(platform, platformId[0], courier, officer);
        String clean = file(platform, platformId[0], courier, officer);
        Reply found = result(officer, irregular, Map.of("outcome", "IRREGULARITY", "reassessedValue",
                Map.of("amount", "60.00", "currency", "USD")));
        result(officer, clean, Map.of("outcome", "NO_FINDINGS"));
        Instant last = Instant.parse(api.get("/api/v1/consignments/" + clean, officer).body().at("/cases/0/closedAt")
                .asString());

        LocalDate day = LocalDate.ofInstant(last, ZoneOffset.UTC);
        JsonNode total = api.get("/api/v1/monitoring/measures?lane=VN-KZ&from=" + day.minusDays(1) + "&to=" + day, officer)
                .body().get("total");
        assertThat(total.get("decided").asLong()).isEqualTo(2);
        assertThat(total.get("inspectionsSelected").asLong()).isEqualTo(2);
        assertThat(total.get("inspectionRate").decimalValue()).isEqualByComparingTo("1");
        assertThat(total.get("randomInspections").asLong()).isEqualTo(2);
        assertThat(total.get("randomHits").asLong()).isEqualTo(1);
        assertThat(total.get("randomHitRate").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(total.get("hitRate").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(total.get("targetedInspections").asLong()).isZero();
        assertThat(total.has("targetingPrecision")).as("no targeted inspection, no precision").isFalse();
        // the irregular one owes duties on the value found, or is released if none are due: released either way or due
        String after = found.body().get("status").asString();
        assertThat(total.get("released").asLong()).isEqualTo("PAYMENT_REQUIRED".equals(after) ? 1 : 2);
    }

    private String file(String platform, String platformId, String courier, String officer) {
        String orderRef = Filings.unique("TM-");
        String consumer = "KZ-P" + Filings.unique("");
        assertThat(api.post("/api/v1/orders", platform, Filings.unique("k"),
                Filings.order(orderRef, "KZ", consumer, "Dana Omarova", "610910", 2, "12.50")).status()).isEqualTo(201);
        String tracking = Filings.unique("MON");
        Map<String, Object> manifest = Filings.manifest(Filings.unique("MAWB-"), "KZ", List.of(Filings.line(tracking,
                platformId, orderRef, "KZ", consumer, "Dana Omarova", "610910", 2, "25.00", "0.550")));
        manifest.put("departure", Map.of("country", "VN", "location", "VNSGN"));
        manifest.put("route", List.of("VN", "KZ"));
        assertThat(api.post("/api/v1/manifests", courier, Filings.unique("k"), manifest).status()).isEqualTo(202);
        JsonNode decided = api.awaitDecision(tracking, officer);
        assertThat(decided.at("/cases/0/status").asString()).as(decided.toString()).isEqualTo("SELECTED_FOR_INSPECTION");
        assertThat(decided.at("/cases/0/risk/selection").asString()).isEqualTo("RANDOM");
        assertThat(api.post("/api/v1/consignments/" + tracking + "/arrival", courier, null, "{}").status()).isEqualTo(200);
        return tracking;
    }

    private Reply result(String officer, String tracking, Map<String, Object> body) {
        Reply r = api.post("/api/v1/tasks/" + api.openTask(officer, tracking, "inspection") + "/result", officer, null, body);
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        return r;
    }
}
