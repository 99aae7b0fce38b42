package org.caravan.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

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
 * The evaluation's arithmetic on seven parcels worked by hand (times in simulated minutes):
 *
 * <pre>
 * P1 KZ apparel     honest          released pre-arrival at 0, arrived 1800
 * P2 KZ phones      undervalued     inspection (targeted) found it: +5000 KZT; 6000 KZT at stake; released 2400
 * P3 KZ phones      honest          payment required 3000 KZT, paid and released at 120
 * P4 KZ apparel     false origin    released pre-arrival at 60 (filed at 60): missed
 * P5 UZ household   honest          documentary check (targeted), nothing found, released 5400, arrived 4800
 * P6 UZ electronics prohibited      inspection (random) found it: seized, never released
 * P7 KG phones      undervalued     inspection (targeted) found it: +700 KGS; 1000 KGS at stake; released 3000, arrived 2400
 * </pre>
 */
class PilotEvaluationTest {

    private static final double SKILL = 0.8;
    private static final Map<String, String> CURRENCIES = Map.of("KZ", "KZT", "KG", "KGS", "UZ", "UZS");

    @Test
    @SuppressWarnings("unchecked")
    void theSummaryIsTheArithmeticOfTheOutcomesDoneByHand() {
        List<ParcelOutcome> outcomes = List.of(
                ParcelOutcome.of(parcel(1, TradeLane.CN_KZ_ROAD, "apparel", Fraud.NONE), "RELEASED_PRE_ARRIVAL", "NONE",
                        0L, 1800L, 0L, false, false, null, null, null),
                ParcelOutcome.of(parcel(2, TradeLane.CN_KZ_ROAD, "phones", Fraud.UNDERVALUATION), "SELECTED_FOR_INSPECTION",
                        "TARGETED", 0L, 1800L, 2400L, true, true, null, money("5000", "KZT"), money("6000", "KZT")),
                ParcelOutcome.of(parcel(3, TradeLane.CN_KZ_ROAD, "phones", Fraud.NONE), "PAYMENT_REQUIRED", "NONE",
                        0L, 1800L, 120L, false, false, money("3000", "KZT"), null, null),
                ParcelOutcome.of(parcel(4, TradeLane.CN_KZ_ROAD, "apparel", Fraud.FALSE_ORIGIN), "RELEASED_PRE_ARRIVAL",
                        "NONE", 60L, 1800L, 60L, false, false, null, null, null),
                ParcelOutcome.of(parcel(5, TradeLane.CN_UZ_TRANSIT, "household", Fraud.NONE), "HELD_FOR_DOCUMENTS",
                        "TARGETED", 0L, 4800L, 5400L, true, false, null, null, null),
                ParcelOutcome.of(parcel(6, TradeLane.CN_UZ_TRANSIT, "electronics", Fraud.PROHIBITED), "SELECTED_FOR_INSPECTION",
                        "RANDOM", 0L, 4800L, null, true, true, null, null, null),
                ParcelOutcome.of(parcel(7, TradeLane.CN_KG_ROAD, "phones", Fraud.UNDERVALUATION), "SELECTED_FOR_INSPECTION",
                        "TARGETED", 0L, 2400L, 3000L, true, true, null, money("700", "KGS"), money("1000", "KGS")));
        Traffic traffic = new Traffic(outcomes.stream().map(ParcelOutcome::parcel).toList(), List.of(), 7, 3);

        Map<String, Object> e = PilotEvaluation.of(Map.of("seed", 1), traffic, outcomes, SKILL, CURRENCIES,
                Map.of("arrival 409", 2));

        assertThat((Map<String, Object>) e.get("traffic")).containsEntry("consignments", 7)
                .containsEntry("unexpectedAnswers", Map.of("arrival 409", 2));
        Map<String, Object> overall = (Map<String, Object>) e.get("overall");
        // released 6; before arrival P1, P3, P4; hours 0, 0, 2, 40, 50, 90: nearest rank 3 of 6 and 6 of 6
        assertThat(overall).containsEntry("filed", 7).containsEntry("released", 6).containsEntry("releasedBeforeArrival", 3L)
                .containsEntry("shareReleasedBeforeArrival", 0.5)
                .containsEntry("hoursToRelease", Map.of("median", 2.0, "p90", 90.0))
                .containsEntry("selectedForInspection", 3L).containsEntry("heldForDocuments", 1L)
                .containsEntry("selectedForControl", 4L).containsEntry("inspectionRate", 0.4286)
                .containsEntry("controlled", 4L).containsEntry("inspected", 3L).containsEntry("hits", 3L)
                .containsEntry("hitRate", 0.75).containsEntry("paymentRequired", 1L).containsEntry("awaitingOfficerCharge", 0L)
                // money in each currency apart: KZT 3000 due and 5000 found, KGS 700 found
                .containsEntry("dutiesAssessed", Map.of("KGS", "700.00", "KZT", "8000.00"))
                .containsEntry("revenueFound", Map.of("KGS", "700.00", "KZT", "5000.00"))
                .containsEntry("fraudulent", 4L).containsEntry("fraudSelected", 3L)
                .containsEntry("precision", 0.75).containsEntry("recall", 0.75);
        assertThat((Map<String, Object>) e.get("timeToRelease"))
                .containsEntry("counts", List.of(2L, 1L, 0L, 0L, 1L, 1L, 1L)).containsEntry("notReleased", 1L);

        List<Map<String, Object>> lanes = (List<Map<String, Object>>) e.get("byLane");
        assertThat(lanes).extracting(l -> l.get("lane"), l -> l.get("filed"))
                .containsExactly(tuple("CN-KZ-ROAD", 4), tuple("CN-KG-ROAD", 1), tuple("CN-UZ-TRANSIT", 2));
        assertThat(lanes.get(2)).containsEntry("dutiesAssessed", Map.of()).containsEntry("hitRate", 0.5);

        Map<String, Object> risk = (Map<String, Object>) e.get("riskAccuracy");
        // per control: over each currency's selections, KZ one (P2), KG one (P7)
        assertThat((Map<String, Object>) risk.get("targeted")).containsEntry("selected", 4L).containsEntry("controls", 4L)
                .containsEntry("hits", 3L).containsEntry("precision", 0.75).containsEntry("recall", 0.75)
                .containsEntry("revenueFound", Map.of("KGS", "700.00", "KZT", "5000.00"))
                .containsEntry("revenueFoundPerControl", Map.of("KGS", "700.00", "KZT", "5000.00"));
        // at random with the same number per jurisdiction: KZ 1 of 4 parcels, 2 fraudulent -> 0.5; KG 1 of 1, 1 -> 1.0;
        // UZ 2 of 2, 1 -> 1.0; 2.5 expected of 4 selected and of 4 fraudulent
        assertThat((Map<String, Object>) risk.get("randomBaseline")).containsEntry("selected", 4L)
                .containsEntry("expectedHits", 2.0).containsEntry("precision", 0.625).containsEntry("recall", 0.625)
                // 6000 KZT at stake x 1/4 drawn x skill 0.8; 1000 KGS x 1 x 0.8
                .containsEntry("revenueFound", Map.of("KGS", "800.00", "KZT", "1200.00"))
                .containsEntry("revenueFoundPerControl", Map.of("KGS", "800.00", "KZT", "1200.00"));
        assertThat((List<Map<String, Object>>) risk.get("byKind")).filteredOn(k -> ((Number) k.get("parcels")).intValue() > 0)
                .extracting(k -> k.get("kind"), k -> k.get("selected"), k -> k.get("found"), k -> k.get("recall"))
                .containsExactly(tuple("UNDERVALUATION", 2L, 2L, 1.0), tuple("PROHIBITED", 1L, 1L, 1.0),
                        tuple("FALSE_ORIGIN", 0L, 0L, 0.0));
        assertThat((List<Map<String, Object>>) risk.get("randomFoundTargetingMissed")).singleElement()
                .satisfies(m -> assertThat(m).containsEntry("trackingNumber", "P6").containsEntry("kind", "PROHIBITED"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void withNothingReleasedOrControlledTheRatiosAreAbsentNotZero() {
        List<ParcelOutcome> outcomes = List.of(ParcelOutcome.of(parcel(1, TradeLane.CN_KG_ROAD, "toys", Fraud.NONE),
                "SELECTED_FOR_INSPECTION", "TARGETED", 0L, null, null, false, false, null, null, null));
        Map<String, Object> e = PilotEvaluation.of(Map.of(), new Traffic(List.of(outcomes.get(0).parcel()), List.of(), 1, 1),
                outcomes, SKILL, CURRENCIES, Map.of());
        Map<String, Object> overall = (Map<String, Object>) e.get("overall");
        assertThat(overall.get("shareReleasedBeforeArrival")).isNull();
        assertThat(overall.get("hitRate")).isNull();
        assertThat(overall.get("recall")).isNull();
        assertThat(overall.get("precision")).isEqualTo(0.0);
        assertThat((Map<String, Object>) overall.get("hoursToRelease")).containsEntry("median", null);
    }

    private static Amount money(String amount, String currency) {
        return new Amount(new BigDecimal(amount), currency);
    }

    private static SimParcel parcel(int serial, TradeLane lane, String category, Fraud fraud) {
        return new SimParcel(serial, "P" + serial, lane, category, "XI", fraud, "purchase-" + serial, 0, 0, "buyer",
                "demo-platform", BigDecimal.TEN, BigDecimal.TEN, Map.of(), Map.of());
    }
}
