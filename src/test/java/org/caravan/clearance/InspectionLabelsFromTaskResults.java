package org.caravan.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.caravan.party.Role;
import org.caravan.reference.CountryCode;
import org.caravan.reference.Money;
import org.caravan.risk.InspectionLabel;
import org.caravan.risk.InspectionLabels;
import org.caravan.risk.Selection;
import org.caravan.simulator.CaravanClient.Reply;
import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * An officer's result becomes a label for risk management, in the same transaction: irregular
 * for an irregularity or prohibited goods, with why the case was selected and the duties the
 * control added. Runs on H2 and on PostgreSQL.
 */
public abstract class InspectionLabelsFromTaskResults extends ApiTest {

    static final CountryCode KZ = CountryCode.of("KZ");

    @Autowired
    InspectionLabels labels;

    @Test
    void prohibitedGoodsFoundAreAnIrregularLabelOfAMandatorySelection() {
        String courier = as(Role.COURIER, null);
        String officer = as(Role.OFFICER, "KZ");
        String tracking = Filings.unique("CRL");
        Instant before = Instant.now();
        file(courier, Filings.line(tracking, null, null, "KZ", "KZ-L1", "Timur Akhmetov", "240220", 10, "60.00", "2.100"));
        JsonNode decided = api.awaitDecision(tracking, officer);
        assertThat(decided.at("/cases/0/risk/selection").asString()).isEqualTo("MANDATORY");
        String task = api.openTask(officer, tracking, "inspection");
        api.post("/api/v1/consignments/" + tracking + "/arrival", courier, null, "{}");
        assertThat(api.post("/api/v1/tasks/" + task + "/result", officer, null, Map.of("outcome", "PROHIBITED_GOODS"))
                .status()).isEqualTo(200);

        InspectionLabel label = labelOf(tracking, before);
        assertThat(label.selectedAs()).isEqualTo(Selection.MANDATORY);
        assertThat(label.irregular()).isTrue();
        assertThat(label.dutiesFound()).isEmpty();
        assertThat(label.jurisdiction()).isEqualTo(KZ);
    }

    @Test
    void anIrregularityReassessedRecordsTheDutiesTheControlAdded() {
        String[] platformId = new String[1];
        String platform = platform(platformId);
        String courier = as(Role.COURIER, null);
        String officer = as(Role.OFFICER, "KZ");
        String orderRef = Filings.unique("TM-");
        String tracking = Filings.unique("CRL");
        Instant before = Instant.now();
        api.post("/api/v1/orders", platform, Filings.unique("k"),
                Filings.order(orderRef, "KZ", "KZ-L2", "Aigerim Sadykova", "851713", 1, "349.00"));
        file(courier, Filings.line(tracking, platformId[0], orderRef, "KZ", "KZ-L2", "Aigerim Sadykova", "851713", 1,
                "5.00", "0.500"));
        JsonNode decided = api.awaitDecision(tracking, officer);
        assertThat(decided.at("/cases/0/risk/selection").asString()).as("by score over the profile's red score")
                .isEqualTo("TARGETED");
        String task = api.openTask(officer, tracking, "inspection");
        api.post("/api/v1/consignments/" + tracking + "/arrival", courier, null, "{}");
        Reply result = api.post("/api/v1/tasks/" + task + "/result", officer, null, Map.of("outcome", "IRREGULARITY",
                "reassessedValue", Map.of("amount", "349.00", "currency", "USD")));
        assertThat(result.status()).isEqualTo(200);

        InspectionLabel label = labelOf(tracking, before);
        assertThat(label.selectedAs()).isEqualTo(Selection.TARGETED);
        assertThat(label.irregular()).isTrue();
        // declared at 5 USD nothing was due; on 349 USD 40,664.51 KZT (worked out in the lifecycle scenario)
        Money duties = label.dutiesFound().orElseThrow();
        assertThat(duties.amount()).isEqualByComparingTo("40664.51");
        assertThat(duties.currency().getCurrencyCode()).isEqualTo("KZT");
    }

    @Test
    void aControlThatFindsNothingIsARegularLabel() {
        String courier = as(Role.COURIER, null);
        String officer = as(Role.OFFICER, "KZ");
        String tracking = Filings.unique("CRL");
        Instant before = Instant.now();
        // no platform order named (20 points) and a gross mass too light for the goods (30): a documentary check by score
        file(courier, Filings.line(tracking, null, null, "KZ", "KZ-L3", "Aigerim Sadykova", "610910", 1, "20.00", "0.001"));
        JsonNode decided = api.awaitDecision(tracking, officer);
        assertThat(decided.at("/cases/0/lane").asString()).as(decided.at("/cases/0/risk").toString()).isEqualTo("YELLOW");
        String task = api.openTask(officer, tracking, "documents");
        assertThat(api.post("/api/v1/tasks/" + task + "/result", officer, null, Map.of("outcome", "DOCUMENTS_ACCEPTED"))
                .status()).isEqualTo(200);

        InspectionLabel label = labelOf(tracking, before);
        assertThat(label.selectedAs()).isEqualTo(Selection.TARGETED);
        assertThat(label.irregular()).isFalse();
        assertThat(label.dutiesFound()).isEqualTo(Optional.empty());
    }

    @Test
    void aRefusedResultLeavesNoLabel() {
        String courier = as(Role.COURIER, null);
        String officer = as(Role.OFFICER, "KZ");
        String tracking = Filings.unique("CRL");
        Instant before = Instant.now();
        // held for documents by score, as above
        file(courier, Filings.line(tracking, null, null, "KZ", "KZ-L4", "Aigerim Sadykova", "610910", 1, "20.00", "0.001"));
        api.awaitDecision(tracking, officer);
        String task = api.openTask(officer, tracking, "documents");
        // an irregularity needs the value the officer established: refused, and the transaction with it
        assertThat(api.post("/api/v1/tasks/" + task + "/result", officer, null, Map.of("outcome", "IRREGULARITY"))
                .status()).isEqualTo(422);
        assertThat(labels.concluded(KZ, before, Instant.now().plusSeconds(1))).extracting(InspectionLabel::trackingNumber)
                .doesNotContain(tracking);
    }

    private void file(String courier, Map<String, Object> line) {
        assertThat(api.post("/api/v1/manifests", courier, Filings.unique("k"),
                Filings.manifest(Filings.unique("MAWB-"), "KZ", List.of(line))).status()).isEqualTo(202);
    }

    private InspectionLabel labelOf(String tracking, Instant before) {
        List<InspectionLabel> found = labels.concluded(KZ, before, Instant.now().plusSeconds(1)).stream()
                .filter(l -> l.trackingNumber().equals(tracking)).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
