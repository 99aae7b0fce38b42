package org.caravan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.caravan.clearance.ClearanceStatus;
import org.caravan.clearance.internal.model.Decision;
import org.caravan.reference.CountryCode;
import org.caravan.risk.RiskResult;
import org.caravan.risk.internal.learning.ParcelModels;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The micro-benchmark still starts, builds its traffic and assesses a parcel, so it cannot
 * rot between the runs recorded in docs/benchmarks.md. Nothing here is timed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssessmentBenchmarkTest {

    private final AssessmentBenchmark bench = new AssessmentBenchmark();

    @BeforeAll
    void start() throws Exception {
        bench.start();
    }

    @AfterAll
    void stop() throws Exception {
        bench.stop();
    }

    @Test
    void assessesAParcelPerInvocation() {
        Decision decision = bench.assess();
        assertThat(decision).isNotNull();
        assertThat(decision.status()).isNotNull();
        RiskResult screened = bench.screen();
        assertThat(screened.lane()).isNotNull();
        assertThat(bench.context().getBean(ParcelModels.class).productionVersion(CountryCode.of("KZ")))
                .as("rules and a promoted model are measured together").hasValue("bench-KZ");
    }

    @Test
    void theTrafficHoldsTheMixItClaims() {
        List<AssessmentBenchmark.Parcel> parcels = bench.parcels();
        assertThat(parcels).hasSize(AssessmentBenchmark.PARCELS);
        assertThat(parcels).extracting(p -> p.jurisdiction().value()).contains("KZ", "UZ", "KG");
        assertThat(parcels).extracting(p -> p.consignment().declaredValue().currency().getCurrencyCode())
                .contains("USD", "CNY");
        assertThat(parcels).anyMatch(p -> p.consignment().matchSignals().isEmpty())
                .anyMatch(p -> !p.consignment().matchSignals().isEmpty());
        assertThat(parcels).as("some recipients had used part of the Uzbek quota before")
                .anyMatch(p -> p.usedBefore().isPositive());
        List<ClearanceStatus> statuses = parcels.stream().map(p -> bench.assess()).map(Decision::status).toList();
        assertThat(statuses).as("cigarettes, medicines and undervalued phones are held; most parcels are released")
                .contains(ClearanceStatus.SELECTED_FOR_INSPECTION, ClearanceStatus.HELD_FOR_DOCUMENTS,
                        ClearanceStatus.RELEASED_PRE_ARRIVAL);
        assertThat(parcels).extracting(p -> p.consignment().items().get(0).hsCode().subheading())
                .contains("240220", "300490", "851713");
    }
}
