package org.caravan.risk.internal.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.caravan.risk.internal.RiskSignal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A parcel model learned in the test from crafted inspection results. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParcelModelTest {

    private CraftedInspections crafted;
    private ParcelTraining.Trained trained;
    private ParcelModel model;

    @BeforeAll
    void train() {
        crafted = new CraftedInspections(400);
        trained = ParcelTraining.train(crafted.consignments, crafted.labels, CraftedInspections.DOLLARS, Boosting.PARCELS);
        model = new ParcelModel("KZ-test", ModelDocument.fromJson(trained.document().toJson()));
    }

    @Test
    void theSignalFiresOnAHighRiskParcelNamingProbabilityAndContributions() {
        Optional<RiskSignal> signal = model.signal(CraftedInspections.highRisk(4), CraftedInspections.DOLLARS);
        assertThat(signal).isPresent();
        assertThat(signal.get().name()).isEqualTo("model");
        assertThat(signal.get().strength()).isGreaterThan(0.8);
        assertThat(signal.get().reason()).matches("fraud probability 0\\.\\d\\d: .+ \\(\\+\\d\\.\\d\\d\\).*");
        assertThat(signal.get().reason()).containsAnyOf("unit price", "price per kg", "seller", "gross mass");
    }

    @Test
    void theSignalStaysSilentOnTheHonestTwin() {
        assertThat(model.signal(CraftedInspections.honestTwin(200), CraftedInspections.DOLLARS)).isEmpty();
    }

    @Test
    void theHeldOutLabelsAreTheMostRecentFifthAndRankWell() {
        assertThat(trained.metrics().labelled()).isEqualTo(400);
        assertThat(trained.metrics().heldOut()).isEqualTo(80);
        assertThat(trained.metrics().trainedOn()).isEqualTo(320);
        assertThat(trained.metrics().heldOutFigures().auc()).isGreaterThan(0.85);
    }

    @Test
    void theDocumentScoresTheSameAfterARoundTrip() {
        ParcelModel direct = new ParcelModel("direct", trained.document());
        for (var c : crafted.consignments.subList(0, 50)) {
            assertThat(model.probability(c, CraftedInspections.DOLLARS))
                    .isEqualTo(direct.probability(c, CraftedInspections.DOLLARS));
        }
    }

    @Test
    void tooFewLabelsAreRefused() {
        CraftedInspections few = new CraftedInspections(10);
        assertThatThrownBy(() -> ParcelTraining.train(few.consignments, few.labels, CraftedInspections.DOLLARS,
                Boosting.PARCELS)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 20");
    }

    @Test
    void aDocumentOfAnotherLayoutIsRefusedNamingTheField() {
        String json = trained.document().toJson().replace("\"version\":1", "\"version\":99");
        assertThatThrownBy(() -> ModelDocument.fromJson(json)).hasMessageStartingWith("/version");
        ModelDocument declarations = new ModelDocument("declarations", List.of("x"), java.util.Map.of(),
                trained.document().trees());
        assertThatThrownBy(() -> new ParcelModel("v", declarations)).hasMessageStartingWith("/features");
    }
}
