package org.caravan.risk.internal.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.caravan.filing.FiledConsignment;
import org.caravan.filing.FiledConsignments;
import org.caravan.party.Role;
import org.caravan.reference.CountryCode;
import org.caravan.risk.InspectionLabel;
import org.caravan.risk.InspectionLabels;
import org.caravan.risk.ModelVersion;
import org.caravan.risk.RiskModels;
import org.caravan.risk.Selection;
import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

/**
 * A candidate trained from a jurisdiction's inspection results, recorded in the label store,
 * and the consignments filed through the API. Uzbekistan's, which no other test labels.
 */
@ActiveProfiles("test")
class TrainFromInspectionsTest extends ApiTest {

    @Autowired
    InspectionLabels labels;

    @Autowired
    FiledConsignments consignments;

    @Autowired
    RiskModels models;

    @Test
    void aCandidateIsTrainedFromInspectionResultsAndMeasuredOnTheLatest() {
        List<Map<String, Object>> lines = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String number = Filings.unique("CRV");
            numbers.add(number);
            boolean risky = i % 4 == 0;
            lines.add(risky
                    ? Filings.line(number, null, null, "UZ", "UZ-R" + i, "Buyer " + i, "851713", 4, "12.00", "2.400")
                    : Filings.line(number, null, null, "UZ", "UZ-H" + i, "Buyer " + i, "610910", 2, "50.00", "0.500"));
        }
        String courier = as(Role.COURIER, null);
        var filed = api.post("/api/v1/manifests", courier, Filings.unique("key-"),
                Filings.manifest(Filings.unique("MAWB-"), "UZ", lines));
        assertThat(filed.status()).as(filed.raw()).isEqualTo(202);
        Instant concluded = Instant.parse("2026-10-01T00:00:00Z");
        for (int i = 0; i < numbers.size(); i++) {
            FiledConsignment c = consignments.byTrackingNumber(numbers.get(i)).orElseThrow();
            labels.record(new InspectionLabel(c.id(), CountryCode.of("UZ"), c.trackingNumber(), Selection.RANDOM,
                    i % 4 == 0, Optional.empty(), concluded.plusSeconds(3600L * i)));
        }

        ModelVersion candidate = models.trainFromInspections(CountryCode.of("UZ"), Instant.parse("2026-09-01T00:00:00Z"),
                "analyst", "first pilot labels");

        assertThat(candidate.status()).isEqualTo(ModelVersion.Status.CANDIDATE);
        assertThat(candidate.kind()).isEqualTo("parcel");
        assertThat(candidate.createdBy()).isEqualTo("analyst");
        assertThat(candidate.metrics().labelled()).isEqualTo(40);
        assertThat(candidate.metrics().heldOut()).isEqualTo(8);
        assertThat(candidate.trainingData()).contains("40 inspection results of UZ").contains("first pilot labels");
        assertThat(candidate.metrics().heldOutFigures().auc()).isGreaterThan(0.9);
        assertThat(models.versions()).extracting(ModelVersion::version).contains(candidate.version());
    }
}
