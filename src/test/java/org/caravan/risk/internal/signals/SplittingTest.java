package org.caravan.risk.internal.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravan.risk.ParcelBuilder.honest;
import static org.caravan.risk.ParcelBuilder.item;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.caravan.filing.FiledConsignment;
import org.caravan.reference.Channel;
import org.caravan.reference.CountryCode;
import org.caravan.reference.ReferenceData;
import org.caravan.risk.internal.RiskSignal;
import org.junit.jupiter.api.Test;

/**
 * Splitting: parcels to one consignee within the window, each below the threshold (200 EUR
 * in Kazakhstan for courier parcels), add up across couriers and platforms.
 */
class SplittingTest {

    static final ReferenceData REFERENCE = ReferenceData.inMemory();
    static final CountryCode KZ = CountryCode.of("KZ");
    static final UUID COURIER_A = UUID.randomUUID();
    static final UUID COURIER_B = UUID.randomUUID();

    final Splitting splitting = splitting(SignalSettings.defaults().splitting());

    static Splitting splitting(SignalSettings.Splitting settings) {
        SignalSettings defaults = SignalSettings.defaults();
        return new Splitting(REFERENCE.calculator(), REFERENCE.jurisdictions(), REFERENCE.rates(), courier -> Channel.COURIER,
                new SignalSettings(defaults.undervaluation(), settings, defaults.hsPlausibility()));
    }

    @Test
    void fourParcelsByTwoCouriersAndThreePlatformsWithinThirtyHoursTogetherAboveTheThresholdFireOnTheLast() {
        assertThat(detect(parcel("P100", "55.00", COURIER_A, "temu", "2026-11-24T00:00:00Z"))).isEmpty();
        assertThat(detect(parcel("P100", "65.00", COURIER_B, "aliexpress", "2026-11-24T10:00:00Z"))).isEmpty();
        assertThat(detect(parcel("P100", "70.00", COURIER_A, "wildberries", "2026-11-24T20:00:00Z"))).isEmpty();
        List<RiskSignal> signals = detect(parcel("P100", "120.00", COURIER_B, "temu", "2026-11-25T06:00:00Z"));
        assertThat(signals).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("splitting");
            assertThat(s.reason()).isEqualTo("4 parcels to the same consignee within 30 h by 2 couriers and 3 platforms "
                    + "total 310 EUR, above the 200 EUR threshold; each is below it");
            assertThat(s.strength()).isBetween(0.5, 1.0);
        });
    }

    @Test
    void theHonestTwinToFourDifferentConsigneesStaysSilent() {
        assertThat(detect(parcel("P201", "55.00", COURIER_A, "temu", "2026-11-24T00:00:00Z"))).isEmpty();
        assertThat(detect(parcel("P202", "65.00", COURIER_B, "aliexpress", "2026-11-24T10:00:00Z"))).isEmpty();
        assertThat(detect(parcel("P203", "70.00", COURIER_A, "wildberries", "2026-11-24T20:00:00Z"))).isEmpty();
        assertThat(detect(parcel("P204", "120.00", COURIER_B, "temu", "2026-11-25T06:00:00Z"))).isEmpty();
    }

    @Test
    void parcelsOlderThanTheWindowNoLongerCount() {
        assertThat(detect(parcel("P300", "120.00", COURIER_A, "temu", "2026-11-20T00:00:00Z"))).isEmpty();
        // 73 h later: the first parcel has left the 72 h window
        assertThat(detect(parcel("P300", "120.00", COURIER_B, "temu", "2026-11-23T01:00:00Z"))).isEmpty();
        // 71 h after the second: it still counts
        assertThat(detect(parcel("P300", "120.00", COURIER_A, "temu", "2026-11-26T00:00:00Z"))).extracting(RiskSignal::reason)
                .containsExactly("2 parcels to the same consignee within 71 h by 2 couriers and 1 platform total 240 EUR, "
                        + "above the 200 EUR threshold; each is below it");
    }

    @Test
    void aParcelAboveTheThresholdIsAssessedInFullAndNotCounted() {
        assertThat(detect(parcel("P400", "250.00", COURIER_A, "temu", "2026-11-24T00:00:00Z"))).isEmpty();
        assertThat(detect(parcel("P400", "150.00", COURIER_B, "temu", "2026-11-24T01:00:00Z"))).isEmpty();
    }

    @Test
    void whereTheAllowanceIsAQuotaPerRecipientClearanceAddsUpAndTheSignalStaysSilent() {
        // Uzbekistan counts courier parcels against a monthly quota of 200 USD per recipient
        CountryCode uz = CountryCode.of("UZ");
        List<RiskSignal> signals = new ArrayList<>();
        splitting.detect(parcel("P700", "110.00", COURIER_A, "temu", "2026-11-24T00:00:00Z"), uz, signals::add);
        splitting.detect(parcel("P700", "110.00", COURIER_B, "temu", "2026-11-24T01:00:00Z"), uz, signals::add);
        assertThat(signals).isEmpty();
    }

    @Test
    void aParcelScreenedTwiceCountsOnce() {
        FiledConsignment first = parcel("P500", "110.00", COURIER_A, "temu", "2026-11-24T00:00:00Z");
        assertThat(detect(first)).isEmpty();
        assertThat(detect(first)).isEmpty();
    }

    @Test
    void withoutAConsumerIdTheNameAndCityIdentifyTheConsigneeDespiteCaseAndWordOrder() {
        assertThat(detect(named("Aigerim Sadykova", "110.00", COURIER_A, "2026-11-24T00:00:00Z"))).isEmpty();
        assertThat(detect(named("SADYKOVA  aigerim", "110.00", COURIER_B, "2026-11-24T05:00:00Z")))
                .extracting(RiskSignal::name).containsExactly("splitting");
        assertThat(detect(named("Dana Nurlanovna", "110.00", COURIER_B, "2026-11-24T06:00:00Z"))).isEmpty();
    }

    @Test
    void memoryIsBoundedByForgettingTheConsigneesSeenLeastRecently() {
        Splitting small = splitting(new SignalSettings.Splitting(Duration.ofHours(72), 2, 2));
        for (String consignee : List.of("P601", "P602", "P603")) {
            small.detect(parcel(consignee, "110.00", COURIER_A, "temu", "2026-11-24T00:00:00Z"), KZ, s -> { });
        }
        assertThat(small.remembered()).containsExactly(2, 2);
        // P601 was forgotten, so its second parcel starts afresh
        List<RiskSignal> signals = new ArrayList<>();
        small.detect(parcel("P601", "110.00", COURIER_B, "temu", "2026-11-24T01:00:00Z"), KZ, signals::add);
        assertThat(signals).isEmpty();
        // P602 was forgotten in turn; P601 keeps its two newest parcels of three
        small.detect(parcel("P601", "10.00", COURIER_B, "temu", "2026-11-24T02:00:00Z"), KZ, signals::add);
        small.detect(parcel("P601", "10.00", COURIER_B, "temu", "2026-11-24T03:00:00Z"), KZ, signals::add);
        assertThat(small.remembered()).containsExactly(2, 3);
    }

    private List<RiskSignal> detect(FiledConsignment parcel) {
        List<RiskSignal> signals = new ArrayList<>();
        splitting.detect(parcel, KZ, signals::add);
        return signals;
    }

    static FiledConsignment parcel(String consumer, String eur, UUID courier, String platform, String at) {
        FiledConsignment c = honest().items(item("610910", 1, eur, "EUR")).filedAt(at).build();
        return new FiledConsignment(c.id(), c.manifestId(), c.trackingNumber(), courier, Optional.of(platform),
                c.platformOrderRef(), c.orderId(), new FiledConsignment.Consignee(c.consignee().name(),
                        Optional.of("KZ-" + consumer), c.consignee().city(), c.destination()),
                c.grossMassKg(), c.declaredValue(), c.items(), c.matchSignals(), c.sellerName(), c.transportMode(),
                c.departureCountry(), c.filedAt());
    }

    static FiledConsignment named(String name, String eur, UUID courier, String at) {
        FiledConsignment c = honest().items(item("610910", 1, eur, "EUR")).filedAt(at).build();
        return new FiledConsignment(c.id(), c.manifestId(), c.trackingNumber(), courier, Optional.empty(), Optional.empty(),
                Optional.empty(), new FiledConsignment.Consignee(name, Optional.empty(), Optional.of("Almaty"),
                        c.destination()),
                c.grossMassKg(), c.declaredValue(), c.items(), c.matchSignals(), c.sellerName(), c.transportMode(),
                c.departureCountry(), c.filedAt());
    }
}
