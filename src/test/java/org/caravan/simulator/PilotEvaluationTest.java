package org.caravan.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.caravan.simulator.internal.pilot.Fraud;
import org.caravan.simulator.internal.pilot.ParcelOutcome;
import org.caravan.simulator.internal.pilot.ParcelOutcome.Amount;
import org.caravan.simulator.internal.pilot.PilotEvaluation;
import org.caravan.simulator.internal.pilot.SimParcel;
import org.caravan.simulator.internal.pilot.TradeLane;
import org.caravan.simulator.internal.pilot.Traffic;
import org.junit.jupiter.api.Test;

/**
 * The evaluation's arithmetic on six parcels worked by hand (times in simulated minutes):
 *
 * <pre>
 * P1 KZ apparel     honest          released pre-arrival at 0, arrived 1800
 * P2 KZ phones      undervalued     inspection (targeted) found it: +5000 KZT; 6000 KZT at stake; released 2400
 * P3 KZ phones      honest          payment required 3000 KZT, paid and released at 120
 * P4 KZ apparel     false origin    released pre-arrival at 60 (filed at 60): missed
 * P5 UZ household   honest          documentary check, nothing found, released 5400, arrived 4800
 * P6 UZ electronics prohibited      inspection (random) found it: seized, never released
 * </pre>
 */
class PilotEvaluationTest {

    private static final double SKILL = 0.8;

    @Test
    @SuppressWarnings("unchecked")
    void theSummaryIsTheArithmeticOfTheOutcomesDoneByHand() {
        List<ParcelOutcome> outcomes = List.of(
                ParcelOutcome.of(parcel("P1", TradeLane.CN_KZ_ROAD, "apparel", Fraud.NONE), "RELEASED_PRE_ARRIVAL", "NONE",
                        0L, 1800L, 0L, false, false, null, null, null),
                ParcelOutcome.of(parcel("P2", TradeLane.CN_KZ_ROAD, "phones", Fraud.UNDERVALUATION), "SELECTED_FOR_INSPECTION",
                        "TARGETED", 0L, 1800L, 2400L, true, true, null, kzt("5000"), kzt("6000")),
                ParcelOutcome.of(parcel("P3", TradeLane.CN_KZ_ROAD, "phones", Fraud.NONE), "PAYMENT_REQUIRED", "NONE",
                        0L, 1800L, 120L, false, false, kzt("3000"), null, null),
                ParcelOutcome.of(parcel("P4", TradeLane.CN_KZ_ROAD, "apparel", Fraud.FALSE_ORIGIN), "RELEASED_PRE_ARRIVAL",
                        "NONE", 60L, 1800L, 60L, false, false, null, null, null),
                ParcelOutcome.of(parcel("P5", TradeLane.CN_UZ_TRANSIT, "household", Fraud.NONE), "HELD_FOR_DOCUMENTS",
                        "TARGETED", 0L, 4800L, 5400L, true, false, null, null, null),
                ParcelOutcome.of(parcel("P6", TradeLane.CN_UZ_TRANSIT, "electronics", Fraud.PROHIBITED), "SELECTED_FOR_INSPECTION",
                        "RANDOM", 0L, 4800L, null, true, true, null, null, null));
        Traffic traffic = new Traffic(outcomes.stream().map(ParcelOutcome::parcel).toList(), List.of(), 6, 3);

        Map<String, Object> e = PilotEvaluation.of(Map.of("seed", 1), traffic, outcomes, SKILL);

        Map<String, Object> overall = (Map<String, Object>) e.get("overall");
        assertThat(overall).containsEntry("filed", 6).containsEntry("released", 5).containsEntry("releasedBeforeArrival", 3L)
                .containsEntry("shareReleasedBeforeArrival", 0.6)
                .containsEntry("hoursToRelease", Map.of("median", 2.0, "p90", 90.0))
                .containsEntry("selectedForInspection", 2L).containsEntry("heldForDocuments", 1L)
                .containsEntry("selectedForControl", 3L).containsEntry("inspectionRate", 0.3333).containsEntry("controlRate", 0.5).containsEntry("controlled", 3L).containsEntry("hits", 2L)
                .containsEntry("hitRate", 0.6667).containsEntry("paymentRequired", 1L).containsEntry("awaitingOfficerCharge", 0L)
                .containsEntry("dutiesAssessed", Map.of("KZT", "8000.00")).containsEntry("revenueFound", Map.of("KZT", "5000.00"))
                .containsEntry("fraudulent", 3L).containsEntry("fraudSelected", 2L)
                .containsEntry("precision", 0.6667).containsEntry("recall", 0.6667);
        assertThat((Map<String, Object>) e.get("timeToRelease"))
                .containsEntry("counts", List.of(2L, 1L, 0L, 0L, 1L, 0L, 1L)).containsEntry("notReleased", 1L);

        List<Map<String, Object>> lanes = (List<Map<String, Object>>) e.get("byLane");
        assertThat(lanes).extracting(l -> l.get("lane"), l -> l.get("filed"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CN-KZ-ROAD", 4),
                        org.assertj.core.groups.Tuple.tuple("CN-UZ-TRANSIT", 2));
        assertThat(lanes.get(1)).containsEntry("dutiesAssessed", Map.of()).containsEntry("hitRate", 0.5);

        Map<String, Object> risk = (Map<String, Object>) e.get("riskAccuracy");
        assertThat((Map<String, Object>) risk.get("targeted")).containsEntry("selected", 3L).containsEntry("inspections", 3L)
                .containsEntry("hits", 2L).containsEntry("precision", 0.6667).containsEntry("recall", 0.6667)
                .containsEntry("revenueFound", Map.of("KZT", "5000.00"))
                // Uzbekistan stated no amount, so its controls count in no currency
                .containsEntry("revenueFoundPerInspection", Map.of("KZT", "5000.00"));
        // at random with the same budget: KZ 1 of 4 parcels, 2 fraudulent -> 0.5; UZ 2 of 2, 1 fraudulent -> 1.0
        assertThat((Map<String, Object>) risk.get("randomBaseline")).containsEntry("inspections", 3L)
                .containsEntry("expectedHits", 1.2).containsEntry("precision", 0.5).containsEntry("recall", 0.5)
                // 6000 KZT at stake x 1/4 drawn x skill 0.8, over KZ's one control
                .containsEntry("revenueFoundPerInspection", Map.of("KZT", "1200.00"));
        assertThat((List<Map<String, Object>>) risk.get("byKind")).filteredOn(k -> ((Number) k.get("parcels")).intValue() > 0)
                .extracting(k -> k.get("kind"), k -> k.get("selected"), k -> k.get("found"), k -> k.get("recall"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("UNDERVALUATION", 1L, 1L, 1.0),
                        org.assertj.core.groups.Tuple.tuple("PROHIBITED", 1L, 1L, 1.0),
                        org.assertj.core.groups.Tuple.tuple("FALSE_ORIGIN", 0L, 0L, 0.0));
        assertThat((List<Map<String, Object>>) risk.get("randomFoundTargetingMissed")).singleElement()
                .satisfies(m -> assertThat(m).containsEntry("trackingNumber", "P6").containsEntry("kind", "PROHIBITED"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void withNothingReleasedOrControlledTheRatiosAreAbsentNotZero() {
        List<ParcelOutcome> outcomes = List.of(ParcelOutcome.of(parcel("Q1", TradeLane.CN_KG_ROAD, "toys", Fraud.NONE),
                "SELECTED_FOR_INSPECTION", "TARGETED", 0L, null, null, false, false, null, null, null));
        Map<String, Object> e = PilotEvaluation.of(Map.of(), new Traffic(List.of(outcomes.get(0).parcel()), List.of(), 1, 1),
                outcomes, SKILL);
        Map<String, Object> overall = (Map<String, Object>) e.get("overall");
        assertThat(overall.get("shareReleasedBeforeArrival")).isNull();
        assertThat(overall.get("hitRate")).isNull();
        assertThat(overall.get("recall")).isNull();
        assertThat(overall.get("precision")).isEqualTo(0.0);
        assertThat((Map<String, Object>) overall.get("hoursToRelease")).containsEntry("median", null);
    }

    private static Amount kzt(String amount) {
        return new Amount(new BigDecimal(amount), "KZT");
    }

    private static SimParcel parcel(String tracking, TradeLane lane, String category, Fraud fraud) {
        return new SimParcel(tracking, lane, category, "XI", fraud, "purchase-" + tracking, 0, 0, "buyer", "demo-platform",
                BigDecimal.TEN, BigDecimal.TEN, Map.of(), Map.of());
    }
}
