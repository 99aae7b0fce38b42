package org.caravan.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.caravan.party.Role;
import org.caravan.simulator.CaravanClient.Reply;
import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A candidate in shadow sees every parcel production screens and never changes a decision;
 * the sandbox API is for administrators and names each bad field. Runs on H2 and on PostgreSQL.
 */
public abstract class SandboxShadow extends ApiTest {

    @Test
    void aShadowCandidateNeverChangesADecisionWhileItsOwnRecordsDiffer() {
        String courier = as(Role.COURIER, null);
        String officer = as(Role.OFFICER, "KZ");
        String admin = as(Role.ADMIN, null);

        List<String> without = file(courier);
        List<String> decidedWithout = decisions(without, officer);

        Reply started = api.post("/api/v1/sandbox/runs", admin, null, shadow(SandboxProfiles.strict()));
        assertThat(started.status()).as(started.raw()).isEqualTo(201);
        String run = started.body().get("id").asString();
        List<String> within;
        try {
            within = file(courier);
            assertThat(decisions(within, officer)).as("the same manifest decided with a candidate in shadow")
                    .isEqualTo(decidedWithout);
        } finally {
            assertThat(api.post("/api/v1/sandbox/runs/" + run + "/stop", admin, null, "{}").status()).isEqualTo(200);
        }
        file(courier);

        JsonNode report = api.get("/api/v1/sandbox/runs/" + run + "/report", admin).body();
        // production as decided: the prohibited goods and the undervalued parcel (65) inspected, the light one (50)
        // checked on documents, the two others (20 for the missing order) released
        assertThat(report.at("/production/parcels").asInt()).as("only the parcels filed while it ran").isEqualTo(5);
        assertThat(report.at("/production/inspections").asInt()).isEqualTo(2);
        assertThat(report.at("/production/documentaryChecks").asInt()).isEqualTo(1);
        // the candidate inspects every parcel with a finding: all five lack a platform order
        assertThat(report.at("/candidate/parcels").asInt()).isEqualTo(5);
        assertThat(report.at("/candidate/inspections").asInt()).isEqualTo(5);
        assertThat(report.at("/candidate/unlabelledInspections").asInt()).isEqualTo(5);
        assertThat(report.at("/run/mode").asString()).isEqualTo("SHADOW");
        assertThat(report.at("/run/stoppedAt").isString()).isTrue();
        assertThat(api.post("/api/v1/sandbox/runs/" + run + "/stop", admin, null, "{}").status())
                .as("stopped once").isEqualTo(409);
    }

    @Test
    void onlyAnAdministratorRunsTheSandbox() {
        String officer = as(Role.OFFICER, "KZ");
        assertThat(api.post("/api/v1/sandbox/runs", officer, null, shadow(SandboxProfiles.strict())).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/sandbox/runs", officer).status()).isEqualTo(403);
    }

    @Test
    void badInputIsRefusedNamingEachField() {
        String admin = as(Role.ADMIN, null);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("jurisdiction", "XX");
        body.put("mode", "SIDEWAYS");
        ObjectNode half = SandboxProfiles.pilot();
        half.remove("redScore");
        body.put("candidateProfile", half);
        body.put("modelVersion", "no-such-version");
        Reply r = api.post("/api/v1/sandbox/runs", admin, null, body);
        assertThat(r.status()).as(r.raw()).isEqualTo(422);
        assertThat(r.body().get("errors").findValuesAsString("pointer"))
                .containsExactly("/jurisdiction", "/mode", "/candidateProfile", "/modelVersion", "/reason");
        assertThat(r.body().at("/errors/2/message").asString()).as("the profile's own setting is named")
                .contains("redScore");

        Map<String, Object> replay = new LinkedHashMap<>();
        replay.put("jurisdiction", "KZ");
        replay.put("mode", "REPLAY");
        replay.put("candidateProfile", SandboxProfiles.strict());
        replay.put("from", "2026-11-20");
        replay.put("to", "2026-11-19");
        replay.put("reason", "backwards");
        Reply backwards = api.post("/api/v1/sandbox/runs", admin, null, replay);
        assertThat(backwards.status()).isEqualTo(422);
        assertThat(backwards.body().at("/errors/0/pointer").asString()).isEqualTo("/to");
        assertThat(backwards.body().at("/errors/0/code").asString()).isEqualTo("before-from");

        Map<String, Object> dated = shadow(SandboxProfiles.strict());
        dated.put("from", "2026-13-01");
        Reply shadowWithDates = api.post("/api/v1/sandbox/runs", admin, null, dated);
        assertThat(shadowWithDates.status()).isEqualTo(422);
        assertThat(shadowWithDates.body().at("/errors/0/pointer").asString()).isEqualTo("/from");

        assertThat(api.get("/api/v1/sandbox/runs/" + java.util.UUID.randomUUID() + "/report", admin).status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/sandbox/runs", admin, null, "application/json", "{\"mode\": ").status())
                .isEqualTo(400);
    }

    private static Map<String, Object> shadow(Object profile) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("jurisdiction", "KZ");
        body.put("mode", "SHADOW");
        body.put("candidateProfile", profile);
        body.put("reason", "Try inspecting every finding");
        return body;
    }

    /** One manifest of five parcels of every kind, with recipients of their own so no allowance carries over. */
    private List<String> file(String courier) {
        List<String> tracking = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            tracking.add(Filings.unique("CRW"));
        }
        Reply r = api.post("/api/v1/manifests", courier, Filings.unique("k"), Filings.manifest(Filings.unique("MAWB-"), "KZ",
                List.of(Filings.line(tracking.get(0), null, null, "KZ", Filings.unique("KZ-"), "Timur Akhmetov", "240220", 10,
                                "60.00", "2.100"),
                        Filings.line(tracking.get(1), null, null, "KZ", Filings.unique("KZ-"), "Aigerim Sadykova", "851713", 1,
                                "20.00", "0.300"),
                        Filings.line(tracking.get(2), null, null, "KZ", Filings.unique("KZ-"), "Aigerim Sadykova", "610910", 1,
                                "20.00", "0.400"),
                        Filings.line(tracking.get(3), null, null, "KZ", Filings.unique("KZ-"), "Aigerim Sadykova", "610910", 10,
                                "50.00", "0.010"),
                        Filings.line(tracking.get(4), null, null, "KZ", Filings.unique("KZ-"), "Aigerim Sadykova", "620342", 2,
                                "80.00", "0.900"))));
        assertThat(r.status()).isEqualTo(202);
        return tracking;
    }

    /** What customs decided on each parcel, in filing order: status, lane, score, selection and reasons. */
    private List<String> decisions(List<String> tracking, String officer) {
        return tracking.stream().map(tn -> {
            JsonNode c = api.awaitDecision(tn, officer).at("/cases/0");
            return c.get("status").asString() + " " + c.get("lane").asString() + " " + c.at("/amountDue").toString() + " "
                    + c.get("risk").toString();
        }).toList();
    }
}
