package org.caravan.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.caravan.simulator.internal.pilot.Fraud;
import org.caravan.simulator.internal.pilot.SimManifest;
import org.caravan.simulator.internal.pilot.SimParcel;
import org.caravan.simulator.internal.pilot.TradeLane;
import org.caravan.simulator.internal.pilot.Traffic;
import org.junit.jupiter.api.Test;

/**
 * The simulated traffic: a seed fixes it, the run tag only renames it; it holds the lanes, the
 * fraud and the purchases the settings ask for, in manifests a courier could file.
 */
class CorridorTrafficTest {

    private static final PilotSettings WEEK = new PilotSettings(7, 11, 400, 0, 0.85, 2, Map.of("KZ", 10), 0.06, 6);

    @Test
    void theSameSeedGivesTheSameTrafficAndAnotherSeedOther() {
        Traffic once = PilotSimulation.traffic(WEEK, "T1");
        Traffic again = PilotSimulation.traffic(WEEK, "T1");
        assertThat(again).isEqualTo(once);
        Traffic other = PilotSimulation.traffic(new PilotSettings(7, 12, 400, 0, 0.85, 2, Map.of("KZ", 10), 0.06, 6), "T1");
        assertThat(declaredValues(other)).isNotEqualTo(declaredValues(once));
    }

    @Test
    void theRunTagRenamesTheTrafficAndChangesNothingElse() {
        Traffic first = PilotSimulation.traffic(WEEK, "T1");
        Traffic second = PilotSimulation.traffic(WEEK, "RERUN2");
        assertThat(second.parcels()).hasSameSizeAs(first.parcels());
        // everything about every parcel and manifest is the same once the tag is read as the other
        assertThat(CaravanClient.JSON.writeValueAsString(second).replace("RERUN2", "T1"))
                .isEqualTo(CaravanClient.JSON.writeValueAsString(first));
        assertThat(second.parcels().get(0).trackingNumber()).startsWith("SIMRERUN2").isNotEqualTo(first.parcels().get(0).trackingNumber());
        assertThat(second.manifests().stream().map(SimManifest::manifestRef).collect(Collectors.toSet()))
                .doesNotContainAnyElementsOf(first.manifests().stream().map(SimManifest::manifestRef).toList());
    }

    @Test
    void theLanesFraudAndHabitsAreThoseAskedFor() {
        List<SimParcel> parcels = PilotSimulation.traffic(WEEK, "T1").parcels();
        Map<TradeLane, Long> perLane = parcels.stream().collect(Collectors.groupingBy(SimParcel::lane, Collectors.counting()));
        for (TradeLane lane : TradeLane.values()) {
            assertThat((double) perLane.get(lane) / parcels.size()).as(lane.key()).isCloseTo(lane.share(),
                    org.assertj.core.data.Offset.offset(0.03));
        }
        // a split purchase is one checkout of several parcels, so parcels with fraud run a little over the share of checkouts
        long purchases = parcels.stream().map(SimParcel::purchase).distinct().count();
        long fraudulentPurchases = parcels.stream().filter(p -> p.fraud().fraudulent()).map(SimParcel::purchase).distinct().count();
        assertThat((double) fraudulentPurchases / purchases).isCloseTo(0.06, org.assertj.core.data.Offset.offset(0.015));
        for (Fraud kind : Fraud.values()) {
            assertThat(parcels.stream().filter(p -> p.fraud() == kind)).as(kind.name()).isNotEmpty();
        }
        // repeat buyers: some buy often, most once or twice
        Map<String, Long> perBuyer = parcels.stream().collect(Collectors.groupingBy(SimParcel::consumer, Collectors.counting()));
        assertThat(perBuyer.values().stream().mapToLong(Long::longValue).max().orElseThrow()).isGreaterThanOrEqualTo(8);
        assertThat(perBuyer.values().stream().filter(n -> n <= 2).count()).isGreaterThan(perBuyer.size() / 2);
        // no platform is connected for about a tenth: no order for those
        assertThat((double) parcels.stream().filter(p -> !p.hasOrder()).count() / parcels.size()).isBetween(0.05, 0.15);
    }

    @Test
    void aSplitPurchaseIsSeveralParcelsEachBelowTheThresholdToOneBuyerWorthMoreTogether() {
        Map<String, List<SimParcel>> split = PilotSimulation.traffic(WEEK, "T1").parcels().stream()
                .filter(p -> p.fraud() == Fraud.SPLITTING).collect(Collectors.groupingBy(SimParcel::purchase));
        assertThat(split).isNotEmpty();
        split.values().forEach(parts -> {
            assertThat(parts).hasSizeBetween(2, 3);
            assertThat(parts.stream().map(SimParcel::consumer).distinct()).hasSize(1);
            assertThat(parts.stream().map(SimParcel::lane).distinct()).hasSize(1);
            assertThat(parts.get(0).lane().destination()).as("Uzbekistan's allowance is monthly").isNotEqualTo("UZ");
            BigDecimal whole = parts.stream().map(SimParcel::declaredValueUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
            parts.forEach(p -> {
                assertThat(p.declaredValueUsd()).isLessThan(new BigDecimal("195.01"));
                assertThat(p.trueValueUsd()).isEqualByComparingTo(whole);
            });
            // above 200 EUR at any rate of the built-in table
            assertThat(whole).isGreaterThan(new BigDecimal("230"));
        });
    }

    @Test
    void anUndervaluedParcelIsDeclaredWellBelowWhatWasPaidAndAnHonestOneAtIt() {
        List<SimParcel> parcels = PilotSimulation.traffic(WEEK, "T1").parcels();
        parcels.stream().filter(p -> p.fraud() == Fraud.UNDERVALUATION).forEach(p -> assertThat(p.declaredValueUsd())
                .isLessThanOrEqualTo(p.trueValueUsd().multiply(new BigDecimal("0.35"))));
        parcels.stream().filter(p -> p.fraud() == Fraud.NONE).forEach(p -> assertThat(p.declaredValueUsd())
                .isEqualByComparingTo(p.trueValueUsd()));
    }

    @Test
    void everyParcelDepartsOnceOnItsLaneAfterItIsReadyAndEveryCodeIsInThePilotTariff() throws IOException {
        Traffic traffic = PilotSimulation.traffic(WEEK, "T1");
        Set<String> seen = new HashSet<>();
        for (SimManifest m : traffic.manifests()) {
            for (SimParcel p : m.parcels()) {
                assertThat(seen.add(p.trackingNumber())).as("in one manifest only").isTrue();
                assertThat(p.lane()).isEqualTo(m.lane());
                assertThat(p.readyAt()).isLessThanOrEqualTo(m.departsAt()).isGreaterThan(p.orderedAt());
            }
            assertThat(m.arrivesAt() - m.departsAt()).isEqualTo(m.lane().transitHours() * 60L);
        }
        assertThat(seen).hasSize(traffic.parcels().size());
        Set<String> tariff;
        try (InputStream in = getClass().getResourceAsStream("/reference/pilot-tariff.csv")) {
            tariff = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).map(l -> l.substring(0, 6))
                    .collect(Collectors.toSet());
        }
        for (SimParcel p : traffic.parcels()) {
            for (Object item : (List<?>) p.line().get("items")) {
                assertThat(tariff).contains((String) ((Map<?, ?>) item).get("hsCode"));
            }
        }
    }

    private static List<BigDecimal> declaredValues(Traffic traffic) {
        return traffic.parcels().stream().map(SimParcel::declaredValueUsd).toList();
    }
}
