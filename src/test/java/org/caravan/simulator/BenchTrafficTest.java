package org.caravan.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.caravan.simulator.internal.BenchManifests;
import org.caravan.simulator.internal.BenchTraffic;
import org.caravan.simulator.internal.BenchTraffic.Kind;
import org.caravan.simulator.internal.BenchTraffic.Parcel;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The bench's traffic is the ordinary day it claims to be, and the same every time for a seed. */
class BenchTrafficTest {

    private static final int PARCELS = 20_000;
    private static final List<String> PLATFORMS = List.of("bench-platform-1", "bench-platform-2", "bench-platform-3");
    private static final Instant ORDERED_AT = Instant.parse("2026-11-20T10:15:00Z");

    private static List<Parcel> traffic(long seed, boolean ordersFiled) {
        BenchTraffic traffic = new BenchTraffic(seed, "T1", PARCELS, ordersFiled, PLATFORMS, ORDERED_AT);
        return IntStream.range(0, PARCELS).mapToObj(traffic::parcel).toList();
    }

    @Test
    void aSeedGivesTheSameParcelsEveryTimeAndAnotherSeedOthers() {
        List<Parcel> first = traffic(7, true);
        List<Parcel> again = traffic(7, true);
        List<Parcel> other = traffic(8, true);

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(first.stream().map(Parcel::trackingNumber).distinct()).hasSize(PARCELS);
    }

    @Test
    void recipientsWithAConsumerIdQuoteItAndTheOthersAPostcodeOfTheirOwn() {
        BenchTraffic traffic = new BenchTraffic(7, "T1", PARCELS, true, PLATFORMS, ORDERED_AT,
                (country, person) -> person < 10 ? Optional.of(country + "-ID" + person) : Optional.empty());
        Map<String, Set<Object>> postcodes = new HashMap<>();
        for (int i = 0; i < PARCELS; i++) {
            Parcel p = traffic.parcel(i);
            Map<?, ?> consignee = (Map<?, ?>) p.line().get("consignee");
            int person = Integer.parseInt(p.recipient().substring(("XX-BT1").length()));
            if (person < 10) {
                assertThat(consignee.get("consumerId")).isEqualTo(p.destination() + "-ID" + person);
            } else {
                assertThat(consignee.containsKey("consumerId")).isFalse();
            }
            postcodes.computeIfAbsent(p.recipient(), r -> new HashSet<>()).add(((Map<?, ?>) consignee.get("address")).get("postcode"));
        }
        // one postcode per recipient, and no two recipients without an id share one
        assertThat(postcodes.values()).allSatisfy(codes -> assertThat(codes).hasSize(1));
        assertThat(postcodes.entrySet().stream().filter(e -> Integer.parseInt(e.getKey().substring(6)) >= 10)
                .map(e -> e.getKey().substring(0, 2) + e.getValue())).doesNotHaveDuplicates();
    }

    @Test
    void nineInTenParcelsHaveAnOrderThatTheirManifestLineQuotes() {
        List<Parcel> parcels = traffic(7, true);

        assertThat(share(parcels, Parcel::hasOrder)).isBetween(0.88, 0.92);
        for (Parcel p : parcels.stream().filter(Parcel::hasOrder).toList()) {
            assertThat(p.line().get("platformOrderRef")).isEqualTo(p.order().get("platformOrderRef"));
            assertThat(p.line().get("platformId")).isEqualTo(p.platform());
            Map<?, ?> buyer = (Map<?, ?>) p.order().get("buyer");
            Map<?, ?> consignee = (Map<?, ?>) p.line().get("consignee");
            assertThat(buyer.get("consumerId")).isEqualTo(consignee.get("consumerId"));
            assertThat(((Map<?, ?>) buyer.get("address")).get("postcode"))
                    .isEqualTo(((Map<?, ?>) consignee.get("address")).get("postcode"));
            assertThat(p.order().get("destinationCountry")).isEqualTo(p.destination());
        }
        assertThat(parcels.stream().filter(p -> !p.hasOrder())).allSatisfy(p -> assertThat(p.line())
                .doesNotContainKeys("platformOrderRef", "platformId"));
        assertThat(traffic(7, false)).noneMatch(Parcel::hasOrder);
    }

    @Test
    void aFewPerCentAreRiskyWithGoodsTheReferenceDataFlags() {
        List<Parcel> parcels = traffic(7, true);

        for (Kind kind : List.of(Kind.PROHIBITED, Kind.DOCUMENTS, Kind.UNDERVALUED)) {
            assertThat(share(parcels, p -> p.kind() == kind)).as(kind.name()).isBetween(0.007, 0.013);
        }
        assertThat(hsCodes(parcels, Kind.PROHIBITED)).containsOnly("240220");
        assertThat(hsCodes(parcels, Kind.DOCUMENTS)).containsOnly("300490");
        assertThat(hsCodes(parcels, Kind.UNDERVALUED)).containsOnly("851713");
        // below the risk profile's floor of 30 USD a unit for smartphones
        assertThat(parcels.stream().filter(p -> p.kind() == Kind.UNDERVALUED))
                .allSatisfy(p -> assertThat(new BigDecimal((String) p.line().get("declaredValue"))).isLessThan(new BigDecimal("30")));
        assertThat(hsCodes(parcels, Kind.ORDINARY)).doesNotContain("240220", "300490", "851713");
    }

    @Test
    void parcelsGoToThreeAdministrationsAndRecipientsReceiveSeveral() {
        List<Parcel> parcels = traffic(7, true);

        Map<String, Long> byDestination = parcels.stream().collect(Collectors.groupingBy(Parcel::destination, Collectors.counting()));
        assertThat(byDestination).containsOnlyKeys("KZ", "UZ", "KG");
        assertThat(byDestination.get("KG")).isGreaterThan(PARCELS / 10);
        Map<String, Long> perRecipient = parcels.stream().collect(Collectors.groupingBy(Parcel::recipient, Collectors.counting()));
        assertThat(perRecipient.size()).isLessThan(PARCELS / 2);
        assertThat(perRecipient.values().stream().filter(n -> n >= 3).count()).isGreaterThan(perRecipient.size() / 3L);
        // some Uzbek recipients receive more than the monthly quota of 200 USD
        Map<String, BigDecimal> uzValue = new HashMap<>();
        parcels.stream().filter(p -> p.destination().equals("UZ")).forEach(p -> uzValue.merge(p.recipient(),
                new BigDecimal((String) p.line().get("declaredValue")), BigDecimal::add));
        assertThat(uzValue.values()).anyMatch(v -> v.compareTo(new BigDecimal("200")) > 0);
    }

    @Test
    void aJsonLinesManifestIsItsHeaderThenOneLinePerParcel() throws Exception {
        BenchTraffic traffic = new BenchTraffic(7, "T1", 500, false, PLATFORMS, ORDERED_AT);
        List<String> lines;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(BenchManifests.jsonLines("BENCH-T1", traffic, 500),
                StandardCharsets.UTF_8), 7)) {
            lines = in.lines().toList();
        }

        assertThat(lines).hasSize(501);
        JsonNode header = CaravanClient.JSON.readTree(lines.get(0));
        assertThat(header.get("manifestRef").asString()).isEqualTo("BENCH-T1");
        assertThat(header.has("consignments")).isFalse();
        assertThat(CaravanClient.JSON.readTree(lines.get(500)).get("trackingNumber").asString())
                .isEqualTo(traffic.trackingNumber(499));
    }

    private static double share(List<Parcel> parcels, java.util.function.Predicate<Parcel> which) {
        return parcels.stream().filter(which).count() / (double) parcels.size();
    }

    @SuppressWarnings("unchecked")
    private static List<String> hsCodes(List<Parcel> parcels, Kind kind) {
        return parcels.stream().filter(p -> p.kind() == kind)
                .flatMap(p -> ((List<Map<String, Object>>) p.line().get("items")).stream())
                .map(item -> (String) item.get("hsCode")).distinct().toList();
    }
}
