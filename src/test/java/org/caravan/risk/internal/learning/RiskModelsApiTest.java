package org.caravan.risk.internal.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.caravan.common.Conflict;
import org.caravan.common.InvalidInput;
import org.caravan.common.NotFound;
import org.caravan.party.Role;
import org.caravan.reference.CountryCode;
import org.caravan.risk.ModelVersion;
import org.caravan.risk.RiskModels;
import org.caravan.risk.internal.RiskSignal;
import org.caravan.risk.internal.store.ModelVersionTable;
import org.caravan.simulator.CaravanClient.Reply;
import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

/** Model versions: promotion and its record, the hot path picking it up, and the ADMIN API. */
@ActiveProfiles("test")
class RiskModelsApiTest extends ApiTest {

    private static String document;

    @Autowired
    RiskModels models;

    @Autowired
    ModelVersionTable table;

    @Autowired
    ParcelModels parcelModels;

    @BeforeAll
    static void train() {
        CraftedInspections crafted = new CraftedInspections(200);
        document = ParcelTraining.train(crafted.consignments, crafted.labels, CraftedInspections.DOLLARS,
                Boosting.PARCELS).document().toJson();
    }

    private ModelVersion candidate(String jurisdiction) {
        CraftedInspections crafted = new CraftedInspections(40);
        ModelVersion v = new ModelVersion(Filings.unique(jurisdiction + "-"), CountryCode.of(jurisdiction),
                ParcelModel.KIND, Instant.now(), "analyst", "crafted labels", ParcelTraining.train(crafted.consignments,
                        crafted.labels, CraftedInspections.DOLLARS, Boosting.PARCELS).metrics(),
                ModelVersion.Status.CANDIDATE, Optional.empty(), Optional.empty(), Optional.empty());
        table.insert(v, document);
        return v;
    }

    private List<RiskSignal> signals(String jurisdiction) {
        List<RiskSignal> found = new ArrayList<>();
        parcelModels.detect(CraftedInspections.highRisk(4), CountryCode.of(jurisdiction), found::add);
        return found;
    }

    @Test
    void promotionPutsAVersionInProductionRetiresThePreviousAndRecordsWhoWhenAndWhy() {
        ModelVersion first = candidate("TJ");
        ModelVersion second = candidate("TJ");
        assertThat(signals("TJ")).isEmpty();

        models.promote(first.version(), "head of risk", "beats the rules on last quarter");
        assertThat(parcelModels.productionVersion(CountryCode.of("TJ"))).contains(first.version());
        assertThat(signals("TJ")).singleElement().satisfies(s -> assertThat(s.name()).isEqualTo("model"));

        Instant before = Instant.now();
        ModelVersion promoted = models.promote(second.version(), "deputy", "retrained on October");
        assertThat(promoted.status()).isEqualTo(ModelVersion.Status.PRODUCTION);
        assertThat(promoted.promotedBy()).contains("deputy");
        assertThat(promoted.promotionReason()).contains("retrained on October");
        assertThat(promoted.promotedAt()).hasValueSatisfying(at -> assertThat(at).isAfterOrEqualTo(before.minusSeconds(1)));
        assertThat(table.find(first.version()).orElseThrow().status()).isEqualTo(ModelVersion.Status.RETIRED);
        assertThat(parcelModels.productionVersion(CountryCode.of("TJ"))).contains(second.version());
    }

    @Test
    void anotherInstancesPromotionIsPickedUpByTheRefresh() {
        ModelVersion v = candidate("TM");
        table.promote(v, Instant.now(), "elsewhere", "promoted by another instance");
        parcelModels.refresh();
        assertThat(parcelModels.productionVersion(CountryCode.of("TM"))).contains(v.version());
    }

    @Test
    void aCandidateScoresForASandboxWithoutGoingLive() {
        ModelVersion v = candidate("AF");
        List<RiskSignal> found = new ArrayList<>();
        parcelModels.candidate(v.version()).orElseThrow().detect(CraftedInspections.highRisk(4), CountryCode.of("AF"),
                found::add);
        assertThat(found).singleElement().satisfies(s -> assertThat(s.strength()).isGreaterThan(0.5));
        assertThat(signals("AF")).isEmpty();
        assertThat(parcelModels.candidate("no-such-version")).isEmpty();
    }

    @Test
    void promotionIsRefusedWithoutAReasonForAnUnknownVersionAndTwice() {
        ModelVersion v = candidate("MN");
        assertThatThrownBy(() -> models.promote(v.version(), "admin", " ")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> models.promote("MN-unknown", "admin", "why")).isInstanceOf(NotFound.class);
        models.promote(v.version(), "admin", "first");
        assertThatThrownBy(() -> models.promote(v.version(), "admin", "again")).isInstanceOf(Conflict.class);
    }

    @Test
    void administratorsListAndPromoteThroughTheApi() {
        ModelVersion v = candidate("GE");
        String admin = as(Role.ADMIN, null);
        Reply list = api.get("/api/v1/risk/models", admin);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().get("models").findValuesAsString("version")).contains(v.version());

        Reply missing = api.post("/api/v1/risk/models/" + v.version() + "/promotion", admin, null, Map.of("reason", ""));
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.raw()).contains("/reason");

        Reply promoted = api.post("/api/v1/risk/models/" + v.version() + "/promotion", admin, null,
                Map.of("reason", "pilot results"));
        assertThat(promoted.status()).isEqualTo(200);
        assertThat(promoted.body().get("status").asString()).isEqualTo("PRODUCTION");
        assertThat(promoted.body().get("promotionReason").asString()).isEqualTo("pilot results");

        assertThat(api.post("/api/v1/risk/models/GE-none/promotion", admin, null, Map.of("reason", "x")).status())
                .isEqualTo(404);
    }

    @Test
    void aHeldOutPartWithOneOutcomeKeepsItsUndefinedAucThroughTheStore() {
        org.caravan.risk.RankingFigures oneOutcome = new org.caravan.risk.RankingFigures(8, 0,
                Map.of("1", 0.0, "2", 0.0, "5", 0.0, "10", 0.0), Map.of("1", 0.0, "2", 0.0, "5", 0.0, "10", 0.0),
                Double.NaN);
        ModelVersion v = new ModelVersion(Filings.unique("UZ-"), CountryCode.of("UZ"), ParcelModel.KIND, Instant.now(),
                "analyst", "one outcome held out", new org.caravan.risk.ModelMetrics(40, 32, 8, oneOutcome),
                ModelVersion.Status.CANDIDATE, Optional.empty(), Optional.empty(), Optional.empty());
        table.insert(v, document);
        assertThat(table.find(v.version()).orElseThrow().metrics().heldOutFigures().auc()).isNaN();
        assertThat(api.get("/api/v1/risk/models", as(Role.ADMIN, null)).status()).isEqualTo(200);
    }

    @Test
    void onlyAdministratorsSeeModels() {
        String officer = as(Role.OFFICER, "KZ");
        assertThat(api.get("/api/v1/risk/models", officer).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/risk/models/x/promotion", officer, null, Map.of("reason", "x")).status())
                .isEqualTo(403);
    }

    @Test
    void aCandidateModelInShadowNeverChangesADecision() {
        ModelVersion v = candidate("KZ");
        String courier = as(Role.COURIER, null);
        String officer = as(Role.OFFICER, "KZ");
        String admin = as(Role.ADMIN, null);
        List<String> decidedWithout = decisions(phones(courier), officer);

        Map<String, Object> run = new java.util.LinkedHashMap<>();
        run.put("jurisdiction", "KZ");
        run.put("mode", "SHADOW");
        run.put("candidateProfile", "{\"id\": \"kz-model-trial\", \"jurisdiction\": \"KZ\", \"validFrom\": \"2024-01-01\", "
                + "\"basis\": \"Trial of a model on inspection results\", \"yellowScore\": 30, \"redScore\": 60, "
                + "\"randomInspectionRate\": \"0\", \"signals\": {\"model\": {\"score\": 100}}}");
        run.put("modelVersion", v.version());
        run.put("reason", "Try the candidate model beside production");
        Reply started = api.post("/api/v1/sandbox/runs", admin, null, run);
        assertThat(started.status()).as(started.raw()).isEqualTo(201);
        String id = started.body().get("id").asString();
        List<String> decidedWithin;
        try {
            decidedWithin = decisions(phones(courier), officer);
        } finally {
            api.post("/api/v1/sandbox/runs/" + id + "/stop", admin, null, "{}");
        }
        assertThat(decidedWithin).as("the same parcels decided with a candidate model in shadow").isEqualTo(decidedWithout);
        var report = api.get("/api/v1/sandbox/runs/" + id + "/report", admin).body();
        assertThat(report.get("modelScored").asBoolean()).isTrue();
        assertThat(report.at("/candidate/parcels").asInt()).isEqualTo(2);
    }

    /** Cheap phones, the pattern the crafted model learned, and an honest twin, in one manifest. */
    private List<String> phones(String courier) {
        List<String> tracking = List.of(Filings.unique("CRM"), Filings.unique("CRM"));
        Reply r = api.post("/api/v1/manifests", courier, Filings.unique("k"), Filings.manifest(Filings.unique("MAWB-"), "KZ",
                List.of(Filings.line(tracking.get(0), null, null, "KZ", Filings.unique("KZ-"), "Aigerim Sadykova", "851713", 4,
                                "16.00", "2.400"),
                        Filings.line(tracking.get(1), null, null, "KZ", Filings.unique("KZ-"), "Timur Akhmetov", "851713", 4,
                                "800.00", "0.900"))));
        assertThat(r.status()).as(r.raw()).isEqualTo(202);
        return tracking;
    }

    private List<String> decisions(List<String> tracking, String officer) {
        return tracking.stream().map(tn -> {
            var c = api.awaitDecision(tn, officer).at("/cases/0");
            return c.get("status").asString() + " " + c.get("lane").asString() + " " + c.get("risk").toString();
        }).toList();
    }
}
