package org.caravan.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.caravan.party.Role;
import org.caravan.reference.CountryCode;
import org.caravan.reference.Jurisdictions;
import org.caravan.simulator.CaravanClient.Reply;
import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * A candidate replayed over the day's filings beside production, and every figure of its
 * report against the one worked out by hand. Each variant has a store of its own, so the
 * day's filings are these six parcels. Runs on H2 and on PostgreSQL.
 */
public abstract class SandboxReplay extends ApiTest {

    @Autowired
    Jurisdictions jurisdictions;

    @Test
    void theReportComparesCandidateAndProductionAsWorkedOutByHand() {
        String courier = as(Role.COURIER, null);
        String officer = as(Role.OFFICER, "KZ");
        String admin = as(Role.ADMIN, null);
        Map<String, String> p = new LinkedHashMap<>();
        for (String name : List.of("P1", "P2", "P3", "P4", "P5", "P6")) {
            p.put(name, Filings.unique("CRS"));
        }
        // No line names a platform order: 20 points each in production (bundled profile; yellow 30, red 60).
        //             production                       candidate (missing order weighs 0)
        // P1 prohibited      120 RED mandatory               100 RED mandatory
        // P2 undervalued      65 RED targeted                 45 YELLOW targeted
        // P3, P4 honest       20 GREEN                         0 GREEN
        // P5 light for 10     50 YELLOW targeted              30 YELLOW targeted
        // P6 undervalued      65 RED targeted                 45 YELLOW targeted
        Reply filed = api.post("/api/v1/manifests", courier, Filings.unique("k"), Filings.manifest(Filings.unique("MAWB-"),
                "KZ", List.of(
                        Filings.line(p.get("P1"), null, null, "KZ", "KZ-S1", "Timur Akhmetov", "240220", 10, "60.00", "2.100"),
                        Filings.line(p.get("P2"), null, null, "KZ", "KZ-S2", "Aigerim Sadykova", "851713", 1, "20.00", "0.300"),
                        Filings.line(p.get("P3"), null, null, "KZ", "KZ-S3", "Aigerim Sadykova", "610910", 1, "20.00", "0.400"),
                        Filings.line(p.get("P4"), null, null, "KZ", "KZ-S4", "Aigerim Sadykova", "610910", 1, "20.00", "0.400"),
                        Filings.line(p.get("P5"), null, null, "KZ", "KZ-S5", "Aigerim Sadykova", "610910", 10, "50.00", "0.010"),
                        Filings.line(p.get("P6"), null, null, "KZ", "KZ-S6", "Aigerim Sadykova", "851713", 1, "15.00", "0.300"))));
        assertThat(filed.status()).isEqualTo(202);
        p.values().forEach(tn -> api.awaitDecision(tn, officer));
        p.values().forEach(tn -> api.post("/api/v1/consignments/" + tn + "/arrival", courier, null, "{}"));

        // Officers' results: P1 prohibited, P2 undervalued (reassessed on 400 USD), P5's documents in order.
        result(officer, p.get("P1"), "inspection", Map.of("outcome", "PROHIBITED_GOODS"));
        Reply reassessed = result(officer, p.get("P2"), "inspection", Map.of("outcome", "IRREGULARITY",
                "reassessedValue", Map.of("amount", "400.00", "currency", "USD")));
        BigDecimal duties = new BigDecimal(reassessed.body().at("/amountDue/amount").asString());
        assertThat(duties).isPositive();
        result(officer, p.get("P5"), "documents", Map.of("outcome", "DOCUMENTS_ACCEPTED"));

        LocalDate today = LocalDate.now(jurisdictions.find(CountryCode.of("KZ")).orElseThrow().timeZone());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("jurisdiction", "KZ");
        body.put("mode", "REPLAY");
        body.put("candidateProfile", SandboxProfiles.missingOrderWeighsNothing());
        body.put("from", today.toString());
        body.put("to", today.toString());
        body.put("reason", "Try weighing a missing order at nothing");
        Reply started = api.post("/api/v1/sandbox/runs", admin, null, body);
        assertThat(started.status()).as(started.raw()).isEqualTo(201);
        String run = started.body().get("id").asString();
        assertThat(started.body().path("stoppedAt").isString()).as("a replay is done when it answers: " + started.raw())
                .isTrue();

        Reply report = api.get("/api/v1/sandbox/runs/" + run + "/report", admin);
        assertThat(report.status()).isEqualTo(200);
        JsonNode production = report.body().get("production");
        JsonNode candidate = report.body().get("candidate");

        assertThat(production.get("parcels").asInt()).isEqualTo(6);
        assertThat(production.get("inspections").asInt()).isEqualTo(3);
        assertThat(production.get("documentaryChecks").asInt()).isEqualTo(1);
        assertThat(decimal(production, "inspectionRate")).isEqualByComparingTo("0.5");
        assertThat(decimal(production, "documentaryRate")).isEqualByComparingTo("0.1667");
        assertThat(decimal(production, "releasedBeforeArrival")).isEqualByComparingTo("0.3333");
        assertThat(production.get("labelledInspections").asInt()).isEqualTo(2);
        assertThat(production.get("irregularities").asInt()).isEqualTo(2);
        assertThat(decimal(production, "hitRate")).isEqualByComparingTo("1");
        assertThat(production.get("unlabelledInspections").asInt()).as("P6 was never controlled").isEqualTo(1);
        assertThat(new BigDecimal(production.at("/dutiesFound/0/amount").asString())).isEqualByComparingTo(duties);
        // 3 x 30 + 1 x 10 minutes
        assertThat(decimal(production, "officerHours")).isEqualByComparingTo("1.67");
        assertThat(production.at("/selections/MANDATORY").asInt()).isEqualTo(1);
        assertThat(production.at("/selections/TARGETED").asInt()).isEqualTo(3);
        assertThat(production.at("/selections/NONE").asInt()).isEqualTo(2);

        assertThat(candidate.get("parcels").asInt()).isEqualTo(6);
        assertThat(candidate.get("inspections").asInt()).isEqualTo(1);
        assertThat(candidate.get("documentaryChecks").asInt()).isEqualTo(3);
        assertThat(decimal(candidate, "inspectionRate")).isEqualByComparingTo("0.1667");
        assertThat(decimal(candidate, "documentaryRate")).isEqualByComparingTo("0.5");
        assertThat(decimal(candidate, "releasedBeforeArrival")).isEqualByComparingTo("0.3333");
        assertThat(candidate.get("labelledInspections").asInt()).isEqualTo(1);
        assertThat(candidate.get("irregularities").asInt()).isEqualTo(1);
        assertThat(decimal(candidate, "hitRate")).isEqualByComparingTo("1");
        assertThat(candidate.get("unlabelledInspections").asInt()).isZero();
        // P2's duties: the candidate still checks it, on documents
        assertThat(new BigDecimal(candidate.at("/dutiesFound/0/amount").asString())).isEqualByComparingTo(duties);
        // 1 x 30 + 3 x 10 minutes
        assertThat(decimal(candidate, "officerHours")).isEqualByComparingTo("1.00");
        assertThat(candidate.at("/selections/NONE").asInt()).isEqualTo(2);

        assertThat(report.body().get("modelScored").asBoolean()).isFalse();
        assertThat(report.body().at("/run/modelVersion").isString()).as("no candidate model named").isFalse();
        assertThat(report.body().at("/run/candidateBasis").asString()).contains("missing platform order weighs nothing");

        Reply runs = api.get("/api/v1/sandbox/runs", admin);
        assertThat(runs.body().findValuesAsString("id")).contains(run);
        assertThat(api.post("/api/v1/sandbox/runs/" + run + "/stop", admin, null, "{}").status())
                .as("a replay stops by itself").isEqualTo(409);
    }

    private static BigDecimal decimal(JsonNode side, String field) {
        return new BigDecimal(side.get(field).asString());
    }

    private Reply result(String officer, String tracking, String queue, Map<String, Object> result) {
        Reply r = api.post("/api/v1/tasks/" + api.openTask(officer, tracking, queue) + "/result", officer, null, result);
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        return r;
    }
}
